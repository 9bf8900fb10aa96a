import { EventEmitter } from 'node:events'
import type { AutomergeUrl, DocumentId } from '@automerge/automerge-repo'
import NoiseSecretStream from '@hyperswarm/secret-stream'
import type { KeyPair } from '@hyperswarm/secret-stream'
import type { Frame } from '../../shared/sync/frames'
import { decodeLog, type MembershipOp } from '../../shared/sync/membershipOp'
import { RECORD_KINDS } from '../../shared/notebook/schema'
import { leafletUrls } from '../../shared/notebook/rootDoc'
import type { SyncJoinRequest, SyncLogEntry, SyncMember } from '../../shared/syncContract'
import { DamagedDocumentError } from '../notebook/damagedDocuments'
import type { Notebook } from '../notebook/Notebook'
import type { AccessKey, Authenticated } from './authenticate'
import { BanList } from './BanList'
import { gatedSource } from './gate'
import { grantInvite } from './handover'
import { DEFAULT_INVITE_MS, InviteDesk } from './InviteDesk'
import { encodeInviteCode, inviteQr } from './inviteCode'
import { exchangeLog, sendLog, type LogParty } from './logExchange'
import { Membership } from './membership/Membership'
import { sendSnapshots } from './snapshots'
import { SecretStreamNetworkAdapter } from './SecretStreamNetworkAdapter'
import { SyncActivity } from './syncActivity'
import { newDeviceSeed, readSyncConfig, writeSyncConfig, type SyncConfig } from './syncConfig'
import { openTransports, type TransportOptions, type Transports } from './transports'

export interface SyncOptions extends TransportOptions {
  /** This device's name as other members see it (only used when sync.json is first made). */
  deviceName?: string
  authTimeoutMs?: number
  /** Heartbeat interval and idle timeout of connections (a silent link is dropped and redialed). */
  keepAliveMs?: number
  idleTimeoutMs?: number
  /** Documents outside the notebook a member may send about before it is cut off (32; tests lower it). */
  unknownDocumentLimit?: number
  log?: (line: string) => void
}

export interface SyncStatus {
  enabled: boolean
  epoch: number
  peers: Array<{ deviceKey: string; name: string }>
  lastSyncAt: number | undefined
  documentsPending: number
  errors: string[]
}

/** A member device as the panel shows it (declared once, in the bridge contract). */
export type Member = SyncMember

export interface Invite {
  code: string
  qrSvg: string
  qrPngDataUrl: string
  expiresAt: number
}

/**
 * Sync of one open notebook with the other members' devices. Off until `enable()`: no socket
 * opens before. Who is a member is decided by the signed membership log (`membership/`), never
 * by what a peer says. Emits 'status' (SyncStatus) whenever peers, progress, members or join
 * requests change, and 'join-request' (SyncJoinRequest) when a device claims an invite.
 */
export class NotebookSync extends EventEmitter {
  readonly banned = new BanList()
  readonly #activity = new SyncActivity()
  readonly #errors: string[] = []
  readonly #keyPair: KeyPair
  readonly #membership: Membership
  readonly #invites: InviteDesk
  readonly #lastSeen = new Map<string, number>()
  #adapter: SecretStreamNetworkAdapter | undefined
  #transports: Transports | undefined
  #unwatchRoot: (() => void) | undefined
  #statusTimer: NodeJS.Timeout | undefined
  #writing: Promise<void> = Promise.resolve()

  private constructor(
    readonly notebook: Notebook,
    private readonly config: SyncConfig,
    private readonly options: SyncOptions,
  ) {
    super()
    this.#keyPair = NoiseSecretStream.keyPair(Buffer.from(config.deviceSeed, 'hex'))
    this.#membership = new Membership(config, this.#keyPair, { id: notebook.id, rootUrl: notebook.root.url })
    this.#invites = new InviteDesk(config)
    this.#invites.on('changed', () => this.#statusSoon())
    for (const key of this.#membership.state.removed.keys()) this.banned.add(key)
  }

  /**
   * Reads (or, for the notebook's first device, creates) the notebook's sync identity. A
   * sync.json from before the membership log has its roster carried into a genesis.
   */
  static async open(notebook: Notebook, options: SyncOptions = {}): Promise<NotebookSync> {
    const found = await readSyncConfig(notebook.files)
    const ref = { id: notebook.id, rootUrl: notebook.root.url }
    let config: SyncConfig
    if (!found) {
      const seed = newDeviceSeed()
      config = Membership.found(NoiseSecretStream.keyPair(Buffer.from(seed, 'hex')), seed, options.deviceName ?? 'This device', ref)
    } else if (found.format === 1) {
      config = Membership.migrate(NoiseSecretStream.keyPair(Buffer.from(found.deviceSeed, 'hex')), found, ref)
    } else config = found
    if (config !== found) await writeSyncConfig(notebook.files, config)
    return new NotebookSync(notebook, config, options)
  }

  get deviceKey(): string {
    return this.#keyPair.publicKey.toString('hex')
  }

  get enabled(): boolean {
    return this.#adapter !== undefined
  }

  async enable(): Promise<void> {
    if (this.#adapter) return
    this.#transports = openTransports(this.#keyPair, this.banned, this.options)
    const party: LogParty = {
      ops: () => this.#membership.log.ops(),
      isMember: (key) => this.#membership.log.isMember(key),
      merge: (from, ops) => this.#learn(ops, from),
    }
    const source = gatedSource(this.#transports.sources, {
      keys: () => this.#accessKeys(),
      banned: this.banned,
      exchange: async (connection) => {
        if (await exchangeLog(connection, party)) return true
        this.banned.add(connection.remoteKey)
        return false
      },
      onSideChannel: (connection) => void this.#onSideChannel(connection).catch((e) => this.#error(e)),
      ...(this.options.log ? { log: this.options.log } : {}),
      ...pick(this.options, ['authTimeoutMs', 'keepAliveMs', 'idleTimeoutMs']),
    })
    this.#adapter = new SecretStreamNetworkAdapter([source], {
      belongs: (id) => this.notebook.belongs(id),
      retired: (id) => this.notebook.isRetired(id),
      ...pick(this.options, ['unknownDocumentLimit']),
      onHello: (key) => this.#onHello(key),
      onControl: (connection, frame) => void this.#onControl(connection, frame).catch((e) => this.#error(e)),
      onViolation: (key, reason) => {
        this.banned.add(key)
        this.#error(new Error(`Disconnected a device that broke the protocol (${reason})`))
      },
      onTraffic: (direction, message) => {
        this.#activity.record(direction, message)
        this.#statusSoon()
      },
      ...(this.options.log ? { log: this.options.log } : {}),
    })
    this.#adapter.on('peer-candidate', () => this.#statusSoon())
    this.#adapter.on('peer-disconnected', ({ peerId }) => {
      this.#activity.forgetPeer(peerId)
      this.#statusSoon()
    })
    await this.#loadEverything()
    await this.#transports.setKeys(this.#accessKeys().map((k) => k.key))
    this.notebook.repo.networkSubsystem.addNetworkAdapter(this.#adapter)
    this.#statusSoon()
  }

  async disable(): Promise<void> {
    const adapter = this.#adapter
    if (!adapter) return
    this.#adapter = undefined
    this.#transports = undefined
    this.#unwatchRoot?.()
    this.#invites.cancelPending()
    this.notebook.repo.networkSubsystem.removeNetworkAdapter(adapter)
    await this.#persist()
    this.#statusSoon()
  }

  status(): SyncStatus {
    const { members, epoch } = this.#membership.state
    return {
      enabled: this.enabled,
      epoch,
      peers: (this.#adapter?.connectedPeers ?? []).map(({ remoteKey }) => ({
        deviceKey: remoteKey,
        name: members.get(remoteKey)?.name ?? '',
      })),
      lastSyncAt: this.#activity.lastSyncAt ?? this.config.lastSyncAt,
      documentsPending: this.#activity.pendingDocuments(),
      errors: [...this.#errors],
    }
  }

  members(): Member[] {
    const connected = new Set(this.#adapter?.connectedPeers.map((p) => p.remoteKey))
    const { members } = this.#membership.state
    return [...members.values()]
      .map((m) => ({
        deviceKey: m.deviceKey,
        name: m.name,
        addedAt: m.addedAt,
        addedBy: m.addedBy === null ? null : (members.get(m.addedBy)?.name ?? m.addedBy.slice(0, 8)),
        addedByKey: m.addedBy,
        lastSeen: m.deviceKey === this.deviceKey ? Date.now() : (this.#lastSeen.get(m.deviceKey) ?? 0),
        thisDevice: m.deviceKey === this.deviceKey,
        connected: connected.has(m.deviceKey),
      }))
      .sort((a, b) => a.addedAt - b.addedAt || a.deviceKey.localeCompare(b.deviceKey))
  }

  /** The membership log, newest first, with device names resolved. */
  history(): SyncLogEntry[] {
    const names = new Map<string, string>()
    const { history } = this.#membership.state
    for (const e of history) if (e.name && e.target) names.set(e.target, e.name)
    for (const m of this.#membership.state.members.values()) names.set(m.deviceKey, m.name)
    for (const op of this.#membership.log.ops()) {
      if (op.body.kind === 'genesis') for (const m of op.body.members) if (!names.has(m.deviceKey)) names.set(m.deviceKey, m.name)
    }
    const name = (key: string) => names.get(key) ?? `device ${key.slice(0, 8)}`
    return history
      .map((e) => ({
        at: e.at,
        kind: e.kind,
        by: name(e.by),
        ...(e.target ? { target: name(e.target) } : {}),
        ...(e.cascade?.length ? { cascade: e.cascade.map(name) } : {}),
      }))
      .reverse()
  }

  joinRequests(): SyncJoinRequest[] {
    return this.#invites.requests()
  }

  openInvites(): number {
    return this.#invites.open().length
  }

  /**
   * A one-time invite: the code (and its QR image) holds a pairing key and this device's key.
   * While sync is on, a device that proves the pairing key becomes a join request; it gets the
   * notebook only once the user confirms it with `confirmJoin`.
   */
  async createInvite({ expiresInMs = DEFAULT_INVITE_MS }: { expiresInMs?: number } = {}): Promise<Invite> {
    const key = this.#invites.create(expiresInMs)
    await this.#rekeyed()
    const code = encodeInviteCode(key, this.deviceKey)
    const qr = await inviteQr(code)
    return { code, qrSvg: qr.svg, qrPngDataUrl: qr.pngDataUrl, expiresAt: this.#invites.open().at(-1)!.expiresAt }
  }

  async cancelInvites(): Promise<void> {
    this.#invites.cancel()
    await this.#rekeyed()
  }

  /** The user saw the same short authentication string on both screens: let the device in. */
  confirmJoin(requestId: string): void {
    this.#invites.confirm(requestId)
  }

  rejectJoin(requestId: string): void {
    this.#invites.reject(requestId)
  }

  /** The devices that leave with this one: it, and every device it added (transitively). */
  wouldRemove(deviceKey: string): string[] {
    return this.#membership.wouldRemove(deviceKey)
  }

  /**
   * Removes a device, and the devices it added, by a signed removal that rotates the secret:
   * the new one is sealed to each remaining member only. Members learn of it from any member
   * they meet (or from their log exchange on the old topic); the removed devices are refused,
   * and keep whatever they had already synced.
   */
  async removeMember(deviceKey: string): Promise<void> {
    if (deviceKey === this.deviceKey) throw new Error('This device cannot remove itself')
    if (!this.#membership.log.isMember(deviceKey)) throw new Error('No such member')
    this.#invites.cancel()
    this.#keyChanged([this.#membership.remove(deviceKey)])
    await this.#rekeyed()
  }

  /** A fresh secret for the current members (also what a history purge calls). */
  async rotateSecret(): Promise<void> {
    this.#keyChanged([this.#membership.rotate()])
    await this.#rekeyed()
  }

  async renameDevice(name: string): Promise<void> {
    const trimmed = name.trim()
    if (!trimmed) return
    this.config.deviceName = trimmed
    this.#broadcast([this.#membership.rename(trimmed)])
    await this.#persist()
    this.#statusSoon()
  }

  /** The notebook key as of now (for a bundle encrypted to members, and for the clone step). */
  secret(): Buffer {
    return Buffer.from(this.#membership.current().secret, 'hex')
  }

  #accessKeys(): AccessKey[] {
    return [
      { mode: 'member', key: this.secret() },
      ...this.#invites.open().map((i) => ({ mode: 'invite' as const, key: Buffer.from(i.key, 'hex') })),
      ...this.#membership.oldSecrets().map((s) => ({ mode: 'stale' as const, key: Buffer.from(s.secret, 'hex') })),
    ]
  }

  async #onSideChannel(connection: Authenticated): Promise<void> {
    // a stale connection has swapped logs in the gate already: that was all it was for
    if (connection.mode === 'stale') return connection.channel.end('membership logs exchanged')
    const inviteKey = Buffer.from(connection.key).toString('hex')
    const closed = new Promise<void>((resolve) => connection.channel.onClose(() => resolve()))
    await grantInvite(connection, async (deviceName, sas) => {
      const request = { deviceName, deviceKey: connection.remoteKey, sas, requestedAt: Date.now() }
      const asked = this.#invites.ask(inviteKey, request, closed)
      this.emit('join-request', this.joinRequests().find((r) => r.deviceKey === request.deviceKey))
      if (!(await asked) || connection.channel.closed) return undefined
      const op = this.#membership.add(connection.remoteKey, deviceName)
      this.banned.delete(connection.remoteKey)
      this.#broadcast([op])
      await this.#rekeyed()
      this.options.log?.(`invite used by ${connection.remoteKey.slice(0, 8)}`)
      const current = this.#membership.current()
      return {
        handover: {
          secret: current.secret,
          keyId: current.keyId,
          genesis: this.config.genesis,
          notebook: { id: this.notebook.id, rootUrl: this.notebook.root.url, name: this.notebook.name },
        },
        ops: this.#membership.log.ops(),
      }
    })
  }

  async #onControl(connection: Authenticated, frame: Frame): Promise<void> {
    if (frame.kind === 'snapshot-request') return sendSnapshots(this.notebook, connection)
    const ops = decodeLog(frame.body)
    if (!ops) return this.#adapter?.dropDevice(connection.remoteKey, 'malformed membership log')
    this.#learn(ops, connection.remoteKey)
  }

  #onHello(remoteKey: string): void {
    this.#lastSeen.set(remoteKey, Date.now())
    const before = this.#membership.oldSecrets().length
    this.#membership.acknowledge(remoteKey)
    if (this.#membership.oldSecrets().length !== before) void this.#rekeyed().catch((e) => this.#error(e))
  }

  /**
   * Operations from a peer (checked one by one inside the log). New ones are passed on to the
   * other connected members. If the log now names a secret boxed to us, we move to it; if the
   * current secret reached a device that is no member (two removals at once) or misses one, we
   * rotate again, and the log's order picks one of the rotations made meanwhile.
   */
  #learn(ops: MembershipOp[], from: string): void {
    const { added, rekeyed } = this.#membership.merge(ops)
    if (!added.length) return
    const state = this.#membership.state
    for (const key of state.members.keys()) this.banned.delete(key)
    for (const key of state.removed.keys()) {
      this.banned.add(key)
      this.#adapter?.dropDevice(key, 'removed from the notebook')
    }
    this.#broadcast(added, from)
    if (state.needsRotation && state.members.has(this.deviceKey)) {
      this.options.log?.('the current secret does not match the members: rotating')
      this.#keyChanged([this.#membership.rotate()])
    } else if (rekeyed) {
      this.options.log?.(`moved to secret epoch ${state.epoch}`)
      this.#keyChanged([])
    }
    void this.#rekeyed().catch((e) => this.#error(e))
    this.#statusSoon()
  }

  /** After a rotation: tell the connected members, then meet everyone again on the new topic. */
  #keyChanged(ops: MembershipOp[]): void {
    this.#broadcast(ops)
    for (const key of this.#membership.state.removed.keys()) this.banned.add(key)
    setImmediate(() => this.#adapter?.dropAll('secret rotated')) // the news goes out first
  }

  #broadcast(ops: MembershipOp[], except?: string): void {
    if (!ops.length) return
    this.#adapter?.broadcast((c) => {
      if (c.remoteKey !== except) sendLog(c.channel, ops)
    })
  }

  /** Every document of the notebook in memory, so the repo offers them all to members. */
  async #loadEverything(): Promise<void> {
    const root = this.notebook.root
    const load = async (): Promise<void> => {
      const doc = root.doc()
      // A shard that cannot be read is still in the repo (found, empty): members re-send its changes.
      await Promise.all(
        RECORD_KINDS.flatMap((kind) => doc.shards[kind].map((_, i) => this.notebook.shard(kind, i).catch(DamagedDocumentError.skip))),
      )
      await Promise.all(leafletUrls(doc).map((url) => this.#find(url)))
    }
    const onChange = () => void load().catch((e) => this.#error(e))
    root.on('change', onChange)
    this.#unwatchRoot = () => root.off('change', onChange)
    await load()
  }

  async #find(url: AutomergeUrl): Promise<void> {
    const id = url.slice('automerge:'.length) as DocumentId
    if (this.notebook.belongs(id)) await this.notebook.repo.find(url)
  }

  async #rekeyed(): Promise<void> {
    await this.#persist()
    await this.#transports?.setKeys(this.#accessKeys().map((k) => k.key))
  }

  /** Writes sync.json, one write at a time. */
  #persist(): Promise<void> {
    this.config.lastSyncAt = this.#activity.lastSyncAt ?? this.config.lastSyncAt
    const write = this.#writing.then(() => writeSyncConfig(this.notebook.files, this.config))
    this.#writing = write.catch(() => {})
    return write
  }

  #error(error: unknown): void {
    this.#errors.push((error as Error).message)
    if (this.#errors.length > 20) this.#errors.shift()
    this.options.log?.(`sync error: ${(error as Error).message}`)
    this.#statusSoon()
  }

  #statusSoon(): void {
    if (this.#statusTimer) return
    this.#statusTimer = setTimeout(() => {
      this.#statusTimer = undefined
      this.emit('status', this.status())
    }, 100)
    this.#statusTimer.unref()
  }
}

function pick<T extends object, K extends keyof T>(from: T, keys: K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((k) => from[k] !== undefined).map((k) => [k, from[k]])) as Partial<Pick<T, K>>
}
