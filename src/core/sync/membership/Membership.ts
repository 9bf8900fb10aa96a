import type { MembershipOp, OpBody } from '../../../shared/sync/membershipOp'
import type { HeldSecret, LegacySyncConfig, SyncConfig } from '../syncConfig'
import { MembershipLog } from './MembershipLog'
import { keyIdOf, newSecret, openSecret, sealSecret, type DeviceKeys } from './opCrypto'
import { cascade, type MembershipState } from './replay'

/** A member that stays offline keeps an old topic alive this long at most. */
export const OLD_TOPIC_DAYS = 7
const DAY = 86_400_000
const MAX_OLD_SECRETS = 8

export interface NotebookRef {
  id: string
  rootUrl: string
}

/**
 * This device's side of the membership log: the log, the secrets it holds by key id, and the
 * signed operations it makes (add, remove, rotate, rename). Whatever a peer sends goes through
 * `merge`, and a new secret is taken only from a signed rotation boxed to this device.
 */
export class Membership {
  readonly log: MembershipLog

  constructor(
    readonly config: SyncConfig,
    readonly keys: DeviceKeys,
    notebook: NotebookRef,
  ) {
    this.log = new MembershipLog({ notebookId: notebook.id, rootUrl: notebook.rootUrl, genesis: config.genesis }, config.log)
  }

  /** A new notebook's first device: a genesis naming it, under a fresh secret. */
  static found(keys: DeviceKeys, deviceSeed: string, deviceName: string, notebook: NotebookRef): SyncConfig {
    const secret = newSecret()
    const keyId = keyIdOf(secret)
    const log = new MembershipLog({ notebookId: notebook.id, rootUrl: notebook.rootUrl, genesis: '' })
    const genesis = log.append(keys, {
      kind: 'genesis',
      notebookId: notebook.id,
      rootUrl: notebook.rootUrl,
      members: [{ deviceKey: keys.publicKey.toString('hex'), name: deviceName }],
      keyId,
      legacy: false,
      removed: [],
    })
    return {
      format: 2,
      deviceSeed,
      deviceName,
      genesis: log.heads()[0]!,
      log: [genesis],
      secrets: [{ keyId, secret: secret.toString('hex') }],
      invites: [],
    }
  }

  /** A gossip-era sync.json: its roster becomes a carried-over genesis signed by this device. */
  static migrate(keys: DeviceKeys, legacy: LegacySyncConfig, notebook: NotebookRef): SyncConfig {
    const self = keys.publicKey.toString('hex')
    const removed = new Set(legacy.removed)
    const members = new Map(legacy.roster.filter((m) => !removed.has(m.deviceKey)).map((m) => [m.deviceKey, m.name]))
    members.set(self, legacy.deviceName)
    const keyId = keyIdOf(Buffer.from(legacy.secret, 'hex'))
    const log = new MembershipLog({ notebookId: notebook.id, rootUrl: notebook.rootUrl, genesis: 'legacy' })
    log.append(keys, {
      kind: 'genesis',
      notebookId: notebook.id,
      rootUrl: notebook.rootUrl,
      members: [...members].map(([deviceKey, name]) => ({ deviceKey, name })),
      keyId,
      legacy: true,
      removed: [...removed],
    })
    const now = Date.now()
    const waitingFor = [...members.keys()].filter((k) => k !== self)
    return {
      format: 2,
      deviceSeed: legacy.deviceSeed,
      deviceName: legacy.deviceName,
      genesis: 'legacy',
      log: log.ops(),
      secrets: [
        { keyId, secret: legacy.secret },
        ...legacy.previousSecrets.map((p) => ({
          keyId: keyIdOf(Buffer.from(p.secret, 'hex')),
          secret: p.secret,
          retiredAt: now,
          waitingFor,
        })),
      ],
      invites: legacy.invites,
      ...(legacy.lastSyncAt !== undefined ? { lastSyncAt: legacy.lastSyncAt } : {}),
    }
  }

  get self(): string {
    return this.keys.publicKey.toString('hex')
  }

  get state(): MembershipState {
    return this.log.state
  }

  /** The secret this device proves as a member: the log's current one, or the newest it holds. */
  current(): HeldSecret {
    const { secrets } = this.config
    return secrets.find((s) => s.keyId === this.state.keyId) ?? secrets.find((s) => s.retiredAt === undefined) ?? secrets[0]!
  }

  /** Older secrets still worth announcing, to hand the log to members still on them. */
  oldSecrets(now = Date.now()): HeldSecret[] {
    const current = this.current()
    return this.config.secrets.filter((s) => s !== current && !expired(s, now, this.state))
  }

  /** Takes in a peer's operations; moves to a newer secret only through a rotation boxed to us. */
  merge(ops: readonly MembershipOp[]): { added: MembershipOp[]; rekeyed: boolean } {
    const added = this.log.merge(ops)
    if (!added.length) return { added, rekeyed: false }
    this.config.log = this.log.ops()
    return { added, rekeyed: this.#adoptCurrent() }
  }

  /** Signs an operation and records it. A rotation's secret is kept under the op's hash. */
  #append(body: OpBody, secret?: Buffer): MembershipOp {
    const op = this.log.append(this.keys, body)
    this.config.log = this.log.ops()
    if (secret) {
      this.#retireCurrent()
      this.config.secrets.unshift({ keyId: this.state.keyId, secret: secret.toString('hex') })
    }
    return op
  }

  add(deviceKey: string, name: string): MembershipOp {
    return this.#append({ kind: 'add', deviceKey, name, keyId: this.current().keyId })
  }

  /** The devices that would leave with this one (it added them, or one of them did). */
  wouldRemove(deviceKey: string, keep: string[] = []): string[] {
    return [...cascade(this.state.members, deviceKey, new Set(keep))]
  }

  remove(deviceKey: string, keep: string[] = []): MembershipOp {
    const gone = new Set(this.wouldRemove(deviceKey, keep))
    const secret = newSecret()
    const stay = [...this.state.members.keys()].filter((k) => !gone.has(k))
    return this.#append({ kind: 'remove', deviceKey, keep, boxes: sealSecret(secret, stay) }, secret)
  }

  rotate(): MembershipOp {
    const secret = newSecret()
    return this.#append({ kind: 'rotate', boxes: sealSecret(secret, this.state.members.keys()) }, secret)
  }

  rename(name: string): MembershipOp {
    return this.#append({ kind: 'rename', name })
  }

  /** A member proved the current secret: it no longer needs the old topics. */
  acknowledge(deviceKey: string, now = Date.now()): void {
    for (const s of this.config.secrets) if (s.waitingFor) s.waitingFor = s.waitingFor.filter((k) => k !== deviceKey)
    this.prune(now)
  }

  /** Forgets old secrets every member has moved past, or kept longer than OLD_TOPIC_DAYS. */
  prune(now = Date.now()): void {
    const current = this.current()
    this.config.secrets = this.config.secrets
      .filter((s) => s === current || !expired(s, now, this.state))
      .slice(0, MAX_OLD_SECRETS + 1)
  }

  #adoptCurrent(): boolean {
    const { keyId } = this.state
    if (this.config.secrets.some((s) => s.keyId === keyId)) return false
    const op = this.log.get(keyId)
    const boxes = op && (op.body.kind === 'remove' || op.body.kind === 'rotate') ? op.body.boxes : undefined
    const secret = boxes && openSecret(boxes, this.keys)
    if (!secret) return false
    this.#retireCurrent()
    this.config.secrets.unshift({ keyId, secret: secret.toString('hex') })
    return true
  }

  #retireCurrent(): void {
    const current = this.current()
    current.retiredAt ??= Date.now()
    current.waitingFor ??= [...this.state.members.keys()].filter((k) => k !== this.self)
  }
}

function expired(s: HeldSecret, now: number, state: MembershipState): boolean {
  if (s.retiredAt === undefined) return false
  if (now - s.retiredAt > OLD_TOPIC_DAYS * DAY) return true
  const waiting = (s.waitingFor ?? []).filter((k) => state.members.has(k))
  return waiting.length === 0
}
