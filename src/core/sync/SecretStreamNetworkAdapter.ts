import {
  NetworkAdapter,
  type DocumentId,
  type Message,
  type PeerId,
  type PeerMetadata,
} from '@automerge/automerge-repo'
import type { Frame } from '../../shared/sync/frames'
import { helloHeader, repoMessageHeader, TYPES_WITH_DATA, type HelloHeader } from '../../shared/sync/frameSchemas'
import type { Authenticated } from './authenticate'

/** Where authenticated member connections come from (a swarm, the LAN, an in-memory pair). */
export interface ChannelSource {
  start(onChannel: (connection: Authenticated) => void): void | Promise<void>
  stop(): void | Promise<void>
}

export interface AdapterOptions {
  /** Only messages about these documents reach the repo; others are dropped and counted. */
  belongs?: (documentId: DocumentId) => boolean
  /** Documents a purge retired: a member that has not seen the purge yet still syncs them, so they are dropped uncounted. */
  retired?: (documentId: DocumentId) => boolean
  /**
   * Foreign documents a peer may send about before it is cut off: races are legit (a purge
   * announces its new documents before the root that lists them arrives), so only the ones
   * still foreign `unknownGraceMs` (10 s) after the limit is passed count.
   */
  unknownDocumentLimit?: number
  unknownGraceMs?: number
  onHello?: (remoteKey: string, hello: HelloHeader) => void
  /** Frames other than sync traffic (membership news, a snapshot request) seen on a member connection. */
  onControl?: (connection: Authenticated, frame: Frame) => void
  /** A peer broke the protocol and was disconnected; the caller may ban its key. */
  onViolation?: (remoteKey: string, reason: string) => void
  onTraffic?: (direction: 'in' | 'out', message: Message) => void
  log?: (line: string) => void
}

interface Peer {
  peerId: PeerId
  connection: Authenticated
  unknownDocuments: Set<DocumentId>
  recheck?: ReturnType<typeof setTimeout>
}

/**
 * An automerge-repo network adapter over authenticated Noise secret streams. Every incoming
 * frame is size-capped, decoded defensively and shape-checked; its senderId must be the peer
 * that said hello on this very connection and its targetId must be us. Log lines name peers by
 * a key prefix and never include document contents.
 */
export class SecretStreamNetworkAdapter extends NetworkAdapter {
  readonly #peers = new Map<PeerId, Peer>()
  readonly #pending = new Set<Authenticated>()
  #ready = false
  #readyWaiters: Array<() => void> = []

  constructor(
    private readonly sources: readonly ChannelSource[],
    private readonly options: AdapterOptions = {},
  ) {
    super()
  }

  isReady(): boolean {
    return this.#ready
  }

  whenReady(): Promise<void> {
    return this.#ready ? Promise.resolve() : new Promise((resolve) => this.#readyWaiters.push(resolve))
  }

  connect(peerId: PeerId, peerMetadata?: PeerMetadata): void {
    this.peerId = peerId
    this.peerMetadata = peerMetadata ?? {}
    // Ready once the sources started and the peers met meanwhile said hello (or a second passed),
    // so the repo does not call a document unavailable before its first peers are in.
    const started = this.sources.map((source) => source.start((connection) => this.attach(connection)))
    void Promise.allSettled(started)
      .then(() => Promise.race([this.#hellosSettled(), new Promise((r) => setTimeout(r, 1_000))]))
      .then(() => {
        this.#ready = true
        for (const resolve of this.#readyWaiters.splice(0)) resolve()
      })
  }

  async #hellosSettled(): Promise<void> {
    while (this.#pending.size) await new Promise((r) => setTimeout(r, 10))
  }

  disconnect(): void {
    for (const source of this.sources) void source.stop()
    for (const connection of [...this.#pending]) connection.channel.close('adapter disconnected')
    for (const peer of [...this.#peers.values()]) peer.connection.channel.close('adapter disconnected')
    this.peerId = undefined
  }

  get connectedPeers(): Array<{ peerId: PeerId; remoteKey: string }> {
    return [...this.#peers.values()].map((p) => ({
      peerId: p.peerId,
      remoteKey: p.connection.remoteKey,
    }))
  }

  /** Closes every connection to a device (after a removal or a rotation). */
  dropDevice(remoteKey: string, reason: string): void {
    for (const peer of [...this.#peers.values()]) {
      if (peer.connection.remoteKey === remoteKey) peer.connection.channel.close(reason)
    }
  }

  dropAll(reason: string): void {
    for (const peer of [...this.#peers.values()]) peer.connection.channel.close(reason)
    for (const connection of [...this.#pending]) connection.channel.close(reason)
  }

  /** Sends a control frame (membership news) to every connected member. */
  broadcast(send: (connection: Authenticated) => void): void {
    for (const peer of this.#peers.values()) send(peer.connection)
  }

  send(message: Message): void {
    const peer = this.#peers.get(message.targetId)
    if (!peer || peer.connection.channel.closed) return
    const { data, ...header } = message
    this.options.onTraffic?.('out', message)
    peer.connection.channel.send('message', header, data)
  }

  /** Takes over an authenticated member connection: hello, then sync traffic. */
  attach(connection: Authenticated): void {
    const { channel } = connection
    if (!this.peerId || connection.mode !== 'member') return channel.close('not accepting')
    this.#pending.add(connection)
    channel.onClose(() => {
      this.#pending.delete(connection)
      if (channel.violation) this.#violate(connection, channel.violation)
    })
    channel.send('hello', { peerId: this.peerId, peerMetadata: this.peerMetadata ?? {} })
    channel.setHandler((frame) => {
      if (frame.kind === 'snapshot-request') {
        this.#pending.delete(connection)
        return this.options.onControl?.(connection, frame)
      }
      if (frame.kind !== 'hello') return this.#violate(connection, `${frame.kind} frame before hello`)
      const hello = helloHeader.safeParse(frame.header)
      if (!hello.success) return this.#violate(connection, 'malformed hello')
      this.#pending.delete(connection)
      this.#onHello(connection, hello.data)
    })
  }

  #onHello(connection: Authenticated, hello: HelloHeader): void {
    const peerId = hello.peerId as PeerId
    if (peerId === this.peerId) return connection.channel.close('connected to ourselves')
    if (this.#peers.has(peerId)) return connection.channel.close('duplicate connection')
    const peer: Peer = { peerId, connection, unknownDocuments: new Set() }
    this.#peers.set(peerId, peer)
    connection.channel.onClose((reason) => {
      if (this.#peers.get(peerId) !== peer) return
      this.#peers.delete(peerId)
      this.options.log?.(`peer ${connection.remoteKey.slice(0, 8)} left: ${reason}`)
      this.emit('peer-disconnected', { peerId })
    })
    connection.channel.setHandler((frame) => this.#onFrame(peer, frame))
    this.options.onHello?.(connection.remoteKey, hello)
    this.emit('peer-candidate', {
      peerId,
      peerMetadata: hello.peerMetadata as PeerMetadata,
    })
  }

  #onFrame(peer: Peer, frame: Frame): void {
    if (frame.kind === 'log') return this.options.onControl?.(peer.connection, frame)
    if (frame.kind !== 'message') return this.#violate(peer.connection, `unexpected ${frame.kind} frame`)
    const parsed = repoMessageHeader.safeParse(frame.header)
    if (!parsed.success) return this.#violate(peer.connection, 'malformed message')
    const header = parsed.data
    if (header.senderId !== peer.peerId) return this.#violate(peer.connection, 'spoofed senderId')
    if (header.targetId !== this.peerId) return this.#violate(peer.connection, 'message not for us')
    const hasData = TYPES_WITH_DATA.has(header.type)
    if (hasData !== frame.body.byteLength > 0) return this.#violate(peer.connection, 'bad message body')
    if ('documentId' in header && !this.#known(header.documentId as DocumentId)) {
      if (!this.options.retired?.(header.documentId as DocumentId)) this.#foreign(peer, header.documentId as DocumentId)
      return
    }
    const message = (hasData ? { ...header, data: frame.body } : header) as Message
    this.options.onTraffic?.('in', message)
    this.emit('message', message)
  }

  #known(documentId: DocumentId): boolean {
    return !this.options.belongs || this.options.belongs(documentId)
  }

  /**
   * A document outside the notebook: dropped. Past the limit of distinct ones, those still
   * foreign after the grace (not made known by the root meanwhile) get the peer cut off and its
   * key banned, even if it hung up meanwhile; far past it (32 times), at once, so what is kept
   * per peer stays bounded.
   */
  #foreign(peer: Peer, documentId: DocumentId): void {
    const limit = this.options.unknownDocumentLimit ?? 32
    peer.unknownDocuments.add(documentId)
    if (peer.unknownDocuments.size > limit * 32) return this.#violate(peer.connection, 'too many foreign documents')
    if (peer.unknownDocuments.size <= limit || peer.recheck) return
    peer.recheck = setTimeout(() => {
      peer.recheck = undefined
      for (const id of peer.unknownDocuments) if (this.#known(id) || this.options.retired?.(id)) peer.unknownDocuments.delete(id)
      if (peer.unknownDocuments.size > limit) this.#violate(peer.connection, 'too many foreign documents')
    }, this.options.unknownGraceMs ?? 10_000)
    peer.recheck.unref?.()
  }

  #violate(connection: Authenticated, reason: string): void {
    this.options.log?.(`dropping peer ${connection.remoteKey.slice(0, 8)}: ${reason}`)
    connection.channel.close(reason)
    this.options.onViolation?.(connection.remoteKey, reason)
  }
}
