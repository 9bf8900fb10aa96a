import { EventEmitter } from 'node:events'
import type { AutomergeUrl, DocumentId } from '@automerge/automerge-repo'
import NoiseSecretStream from '@hyperswarm/secret-stream'
import type { KeyPair } from '@hyperswarm/secret-stream'
import type { Frame } from '../../shared/sync/frames'
import { rosterGossip, type HelloHeader, type KeyHandover } from '../../shared/sync/frameSchemas'
import { mergeRoster, type Roster } from '../../shared/sync/roster'
import { RECORD_KINDS } from '../../shared/notebook/schema'
import { leafletUrls } from '../../shared/notebook/rootDoc'
import type { SyncMember } from '../../shared/syncContract'
import { DamagedDocumentError } from '../notebook/damagedDocuments'
import type { Notebook } from '../notebook/Notebook'
import type { AccessKey, Authenticated } from './authenticate'
import { gatedSource } from './gate'
import { grantInvite, parseHandover } from './handover'
import { sendSnapshots } from './snapshots'
import { encodeInviteCode, inviteQr } from './inviteCode'
import { randomBytes } from './keys'
import { SecretStreamNetworkAdapter } from './SecretStreamNetworkAdapter'
import { SyncActivity } from './syncActivity'
import { newSyncConfig, readSyncConfig, writeSyncConfig, type SyncConfig } from './syncConfig'
import { openTransports, type TransportOptions, type Transports } from './transports'

export interface SyncOptions extends TransportOptions {
  /** This device's name as other members see it (only used when sync.json is first made). */
  deviceName?: string
  authTimeoutMs?: number
  /** Heartbeat interval and idle timeout of connections (a silent link is dropped and redialed). */
  keepAliveMs?: number
  idleTimeoutMs?: number
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

const KEEP_OLD_SECRETS = 3
const DAY = 86_400_000

/**
 * Sync of one open notebook with the other members' devices. Off until `enable()`: no socket
 * opens before. Emits 'status' (SyncStatus) whenever peers, progress or errors change.
 */
export class NotebookSync extends EventEmitter {
  readonly banned = new Set<string>()
  readonly #activity = new SyncActivity()
  readonly #errors: string[] = []
  readonly #keyPair: KeyPair
  #adapter: SecretStreamNetworkAdapter | undefined
  #transports: Transports | undefined
  #unwatchRoot: (() => void) | undefined
  #statusTimer: NodeJS.Timeout | undefined

  private constructor(
    readonly notebook: Notebook,
    private config: SyncConfig,
    private readonly options: SyncOptions,
  ) {
    super()
    this.#keyPair = NoiseSecretStream.keyPair(Buffer.from(config.deviceSeed, 'hex'))
    this.#touchSelf()
  }

  /** Reads (or, for the notebook's first device, creates) the notebook's sync identity. */
  static async open(notebook: Notebook, options: SyncOptions = {}): Promise<NotebookSync> {
    let config = await readSyncConfig(notebook.files)
    if (!config) {
      config = newSyncConfig(options.deviceName ?? 'This device')
      await writeSyncConfig(notebook.files, config)
    }
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
    const source = gatedSource(this.#transports.sources, {
      keys: () => this.#accessKeys(),
      banned: this.banned,
      onSideChannel: (connection) => void this.#onSideChannel(connection).catch((e) => this.#error(e)),
      ...(this.options.log ? { log: this.options.log } : {}),
      ...pick(this.options, ['authTimeoutMs', 'keepAliveMs', 'idleTimeoutMs']),
    })
    this.#adapter = new SecretStreamNetworkAdapter([source], {
      belongs: (id) => this.notebook.belongs(id),
      hello: () => ({
        deviceName: this.config.deviceName,
        roster: this.config.roster,
        removed: this.config.removed,
      }),
      onHello: (key, hello) => void this.#onHello(key, hello).catch((e) => this.#error(e)),
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
    this.notebook.repo.networkSubsystem.removeNetworkAdapter(adapter)
    await this.#persist()
    this.#statusSoon()
  }

  status(): SyncStatus {
    const names = new Map(this.config.roster.map((m) => [m.deviceKey, m.name]))
    return {
      enabled: this.enabled,
      epoch: this.config.epoch,
      peers: (this.#adapter?.connectedPeers ?? []).map(({ remoteKey }) => ({
        deviceKey: remoteKey,
        name: names.get(remoteKey) ?? '',
      })),
      lastSyncAt: this.#activity.lastSyncAt ?? this.config.lastSyncAt,
      documentsPending: this.#activity.pendingDocuments(),
      errors: [...this.#errors],
    }
  }

  members(): Member[] {
    const connected = new Set(this.#adapter?.connectedPeers.map((p) => p.remoteKey))
    return this.config.roster.map((m) => ({
      ...m,
      thisDevice: m.deviceKey === this.deviceKey,
      connected: connected.has(m.deviceKey),
    }))
  }

  /**
   * A one-time invite: the code (and its QR image) holds a pairing key only. While sync is on,
   * this device hands the notebook secret to the first device that proves that key.
   */
  async createInvite({ expiresInMs = DAY }: { expiresInMs?: number } = {}): Promise<Invite> {
    const key = randomBytes(32)
    const now = Date.now()
    this.config.invites = [
      ...this.config.invites.filter((i) => i.expiresAt > now),
      {
        key: key.toString('hex'),
        createdAt: now,
        expiresAt: now + expiresInMs,
      },
    ]
    await this.#rekeyed()
    const code = encodeInviteCode(key)
    const qr = await inviteQr(code)
    return {
      code,
      qrSvg: qr.svg,
      qrPngDataUrl: qr.pngDataUrl,
      expiresAt: now + expiresInMs,
    }
  }

  async cancelInvites(): Promise<void> {
    this.config.invites = []
    await this.#rekeyed()
  }

  /**
   * Removes a device by rotating the secret: new topic, new MAC key, roster without it. Members
   * still on the old secret get the new one from the next member they meet; the removed device
   * is refused. It keeps whatever it had already synced.
   */
  async removeMember(deviceKey: string): Promise<void> {
    if (deviceKey === this.deviceKey) throw new Error('This device cannot remove itself')
    if (!this.config.roster.some((m) => m.deviceKey === deviceKey)) throw new Error('No such member')
    this.config.roster = this.config.roster.filter((m) => m.deviceKey !== deviceKey)
    this.config.removed = [...new Set([...this.config.removed, deviceKey])]
    this.banned.add(deviceKey)
    await this.rotateSecret()
  }

  /**
   * A new secret for the members on the roster (epoch + 1): open invites are dropped, and
   * members still on the old secret are handed the new one when they next meet one of us.
   * Removal rotates; so does a purge from history.
   */
  async rotateSecret(): Promise<void> {
    const { secret, epoch } = this.config
    this.config.previousSecrets = [{ secret, epoch }, ...this.config.previousSecrets].slice(0, KEEP_OLD_SECRETS)
    this.config.secret = randomBytes(32).toString('hex')
    this.config.epoch = epoch + 1
    this.config.invites = []
    await this.#rekeyed()
    this.#adapter?.dropAll('secret rotated')
  }

  async renameDevice(name: string): Promise<void> {
    this.config.deviceName = name.trim() || this.config.deviceName
    this.#touchSelf()
    await this.#persist()
  }

  /** The notebook key as of now (for a bundle encrypted to members, and for the clone step). */
  secret(): Buffer {
    return Buffer.from(this.config.secret, 'hex')
  }

  #accessKeys(): AccessKey[] {
    const now = Date.now()
    return [
      { mode: 'member', key: Buffer.from(this.config.secret, 'hex') },
      ...this.config.invites
        .filter((i) => i.expiresAt > now)
        .map((i) => ({
          mode: 'invite' as const,
          key: Buffer.from(i.key, 'hex'),
        })),
      ...this.config.previousSecrets.map((p) => ({
        mode: 'stale' as const,
        key: Buffer.from(p.secret, 'hex'),
      })),
    ]
  }

  #handover(): KeyHandover {
    const meta = {
      id: this.notebook.id,
      rootUrl: this.notebook.root.url,
      name: this.notebook.name,
    }
    return {
      secret: this.config.secret,
      epoch: this.config.epoch,
      notebook: meta,
      roster: this.config.roster,
      removed: this.config.removed,
    }
  }

  async #onSideChannel(connection: Authenticated): Promise<void> {
    const known = this.config.roster.some((m) => m.deviceKey === connection.remoteKey)
    if (connection.mode === 'stale') {
      if (!known || this.config.removed.includes(connection.remoteKey)) {
        this.banned.add(connection.remoteKey)
        return connection.channel.close('not a member any more')
      }
      connection.channel.send('rekey', this.#handover())
      return connection.channel.end('handed over the new secret')
    }
    await grantInvite(connection, async (deviceName) => {
      const hex = Buffer.from(connection.key).toString('hex')
      if (!this.config.invites.some((i) => i.key === hex && i.expiresAt > Date.now())) return undefined
      this.config.invites = this.config.invites.filter((i) => i.key !== hex)
      const now = Date.now()
      this.config.roster = mergeRoster(this.config, {
        roster: [
          {
            deviceKey: connection.remoteKey,
            name: deviceName,
            addedAt: now,
            lastSeen: now,
          },
        ],
        removed: [],
      }).roster
      await this.#rekeyed()
      this.#shareRoster()
      this.options.log?.(`invite used by ${connection.remoteKey.slice(0, 8)}`)
      return this.#handover()
    })
  }

  /** A member still on an older secret is handed the new one by a member it trusts. */
  async #onControl(connection: Authenticated, frame: Frame): Promise<void> {
    if (frame.kind === 'snapshot-request') return sendSnapshots(this.notebook, connection)
    if (frame.kind === 'roster') {
      const gossip = rosterGossip.safeParse(frame.header)
      if (!gossip.success) return this.#adapter?.dropDevice(connection.remoteKey, 'malformed roster')
      return this.#learnRoster(gossip.data)
    }
    const { remoteKey } = connection
    const handover = parseHandover(frame.header)
    const trusted = this.config.roster.some((m) => m.deviceKey === remoteKey) && !handover.removed.includes(remoteKey)
    const forUs = handover.roster.some((m) => m.deviceKey === this.deviceKey)
    if (
      !trusted ||
      !forUs ||
      handover.epoch <= this.config.epoch ||
      handover.notebook.rootUrl !== this.notebook.root.url
    ) {
      this.#adapter?.dropDevice(remoteKey, 'unacceptable rekey')
      return
    }
    const { secret, epoch } = this.config
    this.config.previousSecrets = [{ secret, epoch }, ...this.config.previousSecrets].slice(0, KEEP_OLD_SECRETS)
    Object.assign(this.config, {
      secret: handover.secret,
      epoch: handover.epoch,
    })
    Object.assign(this.config, mergeRoster(this.config, handover))
    for (const key of handover.removed) this.banned.add(key)
    await this.#rekeyed()
    this.options.log?.(`moved to secret epoch ${handover.epoch}`)
    this.#adapter?.dropAll('secret rotated')
  }

  async #onHello(remoteKey: string, hello: HelloHeader): Promise<void> {
    if (hello.removed.includes(this.deviceKey)) return this.#adapter?.dropDevice(remoteKey, 'we were removed')
    const now = Date.now()
    const seen = {
      deviceKey: remoteKey,
      name: hello.deviceName,
      addedAt: now,
      lastSeen: now,
    }
    if (hello.removed.includes(remoteKey)) this.#adapter?.dropDevice(remoteKey, 'removed device')
    await this.#learnRoster({ roster: [...hello.roster, seen], removed: hello.removed })
  }

  /**
   * Merges roster news from a member. A device a member vouches for is unbanned (it may have
   * been refused while it was still an invitee proving its pairing key); news of new devices is
   * passed on, so every member's list converges without waiting for reconnections.
   */
  async #learnRoster(news: Roster): Promise<void> {
    const known = new Set(this.config.roster.map((m) => m.deviceKey))
    Object.assign(this.config, mergeRoster(this.config, news))
    for (const key of this.config.removed) this.banned.add(key)
    const added = this.config.roster.filter((m) => !known.has(m.deviceKey))
    for (const member of added) this.banned.delete(member.deviceKey)
    if (added.length) this.#shareRoster()
    await this.#persist()
    this.#statusSoon()
  }

  #shareRoster(): void {
    this.#adapter?.broadcast('roster', { roster: this.config.roster, removed: this.config.removed })
  }

  /** Every document of the notebook in memory, so the repo offers them all to members. */
  async #loadEverything(): Promise<void> {
    const root = this.notebook.root
    const load = async (): Promise<void> => {
      const doc = root.doc()
      // A shard that cannot be read is still in the repo (found, empty): members re-send its changes.
      await Promise.all(RECORD_KINDS.flatMap((kind) => doc.shards[kind].map((_, i) => this.notebook.shard(kind, i).catch(DamagedDocumentError.skip))))
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

  #touchSelf(): void {
    const now = Date.now()
    const self = {
      deviceKey: this.deviceKey,
      name: this.config.deviceName,
      addedAt: now,
      lastSeen: now,
    }
    Object.assign(this.config, mergeRoster(this.config, { roster: [self], removed: [] }))
  }

  async #persist(): Promise<void> {
    this.#touchSelf()
    this.config.lastSyncAt = this.#activity.lastSyncAt ?? this.config.lastSyncAt
    await writeSyncConfig(this.notebook.files, this.config)
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
