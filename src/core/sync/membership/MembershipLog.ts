import type { MembershipOp, OpBody } from '../../../shared/sync/membershipOp'
import { opHash, signOp, usableDeviceKey, verifySignature, type DeviceKeys } from './opCrypto'
import { replay, totalOrder, type Anchor, type MembershipState } from './replay'

const MAX_PARENTS = 64

/**
 * A notebook's membership log on this device: a grow-only set of signed operations, merged
 * from every member met, and the state they replay to. An operation enters only with a valid
 * signature and once all its parents are here; whether it *counts* is for `replay` to say.
 */
export class MembershipLog {
  readonly #ops = new Map<string, MembershipOp>()
  #state: MembershipState | undefined

  constructor(
    readonly anchor: Anchor,
    ops: readonly MembershipOp[] = [],
  ) {
    this.merge(ops)
  }

  get state(): MembershipState {
    return (this.#state ??= replay(this.#ops, this.anchor))
  }

  get size(): number {
    return this.#ops.size
  }

  get(hash: string): MembershipOp | undefined {
    return this.#ops.get(hash)
  }

  isMember(deviceKey: string): boolean {
    return this.state.members.has(deviceKey)
  }

  /** Every operation, parents first (so a receiver can merge them in one pass). */
  ops(): MembershipOp[] {
    return totalOrder(this.#ops).map((h) => this.#ops.get(h)!)
  }

  /** Takes in operations from a peer; returns those that were new here. Bad ones are dropped. */
  merge(incoming: readonly MembershipOp[]): MembershipOp[] {
    const added: MembershipOp[] = []
    let pending = incoming.map((op) => ({ op, hash: opHash(op) })).filter(({ hash }) => !this.#ops.has(hash))
    for (let progress = true; progress && pending.length; ) {
      progress = false
      const later: typeof pending = []
      for (const entry of pending) {
        if (this.#ops.has(entry.hash)) continue
        if (!entry.op.parents.every((p) => this.#ops.has(p))) later.push(entry)
        else if (verifySignature(entry.op, entry.hash) && namesUsableKeys(entry.op)) {
          this.#ops.set(entry.hash, entry.op)
          added.push(entry.op)
          progress = true
        }
      }
      pending = later
    }
    if (added.length) this.#state = undefined
    return added
  }

  /** Signs an operation on top of everything this device has seen, and adds it. */
  append(keys: DeviceKeys, body: OpBody, at = Date.now()): MembershipOp {
    const op = signOp(keys, this.heads().slice(0, MAX_PARENTS), body, at)
    this.merge([op])
    return op
  }

  heads(): string[] {
    const parents = new Set<string>()
    for (const op of this.#ops.values()) for (const p of op.parents) parents.add(p)
    return [...this.#ops.keys()].filter((h) => !parents.has(h)).sort()
  }
}

/** A device key no secret can be sealed to would make every rotation miss a member. */
function namesUsableKeys(op: MembershipOp): boolean {
  const { body } = op
  if (body.kind === 'add') return usableDeviceKey(body.deviceKey)
  if (body.kind === 'genesis') return body.members.every((m) => usableDeviceKey(m.deviceKey))
  return true
}
