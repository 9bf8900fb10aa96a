import { EventEmitter } from 'node:events'
import type { SyncJoinRequest } from '../../shared/syncContract'
import { randomBytes } from './keys'
import type { SyncConfig } from './syncConfig'

export const DEFAULT_INVITE_MS = 15 * 60_000
/** Open invites one device may hold (each is one more key it proves on every connection). */
export const MAX_OPEN_INVITES = 20

export type JoinRequest = SyncJoinRequest

interface Pending {
  request: JoinRequest
  inviteKey: string
  decide: (ok: boolean) => void
}

/**
 * Open invites and the devices waiting on them. A claim becomes a join request the user
 * confirms (having compared the short authentication string) or refuses; an invite is used up
 * only by a confirmation, so a stranger claiming it first blocks nobody. Emits 'changed'.
 */
export class InviteDesk extends EventEmitter {
  readonly #pending = new Map<string, Pending>()

  constructor(private readonly config: SyncConfig) {
    super()
  }

  open(now = Date.now()): SyncConfig['invites'] {
    return this.config.invites.filter((i) => i.expiresAt > now)
  }

  create(expiresInMs = DEFAULT_INVITE_MS, now = Date.now()): Buffer {
    if (!(expiresInMs > 0 && expiresInMs <= 7 * 86_400_000)) throw new Error('An invite lasts between a minute and 7 days')
    const open = this.open(now)
    if (open.length >= MAX_OPEN_INVITES) {
      throw new Error(`This device already has ${MAX_OPEN_INVITES} open invites: cancel them or wait for them to expire`)
    }
    const key = randomBytes(32)
    this.config.invites = [...open, { key: key.toString('hex'), createdAt: now, expiresAt: now + expiresInMs }]
    return key
  }

  cancel(): void {
    this.config.invites = []
    this.cancelPending()
  }

  /** Refuses every device still waiting (sync turned off); the invites stay open. */
  cancelPending(): void {
    for (const id of [...this.#pending.keys()]) this.#settle(id, false)
  }

  isOpen(inviteKey: string, now = Date.now()): boolean {
    return this.open(now).some((i) => i.key === inviteKey)
  }

  /** Waits for the user's decision on a claim; false when refused, expired or abandoned. */
  ask(inviteKey: string, claim: Omit<JoinRequest, 'id' | 'expiresAt'>, abandoned: Promise<unknown>): Promise<boolean> {
    const invite = this.open().find((i) => i.key === inviteKey)
    if (!invite) return Promise.resolve(false)
    const id = randomBytes(8).toString('hex')
    const request: JoinRequest = { ...claim, id, expiresAt: invite.expiresAt }
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => this.#settle(id, false), Math.max(0, invite.expiresAt - Date.now()))
      timer.unref()
      this.#pending.set(id, {
        request,
        inviteKey,
        decide: (ok) => {
          clearTimeout(timer)
          resolve(ok)
        },
      })
      void abandoned.finally(() => this.#settle(id, false))
      this.emit('changed')
    })
  }

  requests(): JoinRequest[] {
    return [...this.#pending.values()].map((p) => p.request)
  }

  /** Confirms one claim: its invite is used up, and every other claim on it refused. */
  confirm(id: string): void {
    const pending = this.#pending.get(id)
    if (!pending) throw new Error('That device is no longer waiting to join')
    if (!this.isOpen(pending.inviteKey)) {
      this.#settle(id, false)
      throw new Error('That invite has expired or was cancelled')
    }
    this.config.invites = this.config.invites.filter((i) => i.key !== pending.inviteKey)
    this.#settle(id, true)
    for (const [other, p] of this.#pending) if (p.inviteKey === pending.inviteKey) this.#settle(other, false)
  }

  reject(id: string): void {
    if (!this.#pending.has(id)) throw new Error('That device is no longer waiting to join')
    this.#settle(id, false)
  }

  #settle(id: string, ok: boolean): void {
    const pending = this.#pending.get(id)
    if (!pending) return
    this.#pending.delete(id)
    pending.decide(ok)
    this.emit('changed')
  }
}
