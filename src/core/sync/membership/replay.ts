import type { MembershipOp } from '../../../shared/sync/membershipOp'

/**
 * The membership of a notebook as its log says, computed the same way on every device:
 * operations are applied in one total order (parents first, then by hash) and each counts
 * only if its author is a member at that point. Pure: signatures are checked before.
 */
export interface MemberInfo {
  deviceKey: string
  name: string
  /** The member whose signed add made this device one; null for a genesis member. */
  addedBy: string | null
  addedAt: number
}

export type HistoryKind = 'founded' | 'carried-over' | 'added' | 'removed' | 'rotated' | 'renamed'
export interface HistoryEntry {
  hash: string
  at: number
  by: string
  kind: HistoryKind
  target?: string
  name?: string
  /** Devices removed with the target because it (or one of them) had added them. */
  cascade?: string[]
}

export interface MembershipState {
  members: Map<string, MemberInfo>
  removed: Map<string, { by: string; at: number }>
  /** The secret everyone should be on: the last rotation's hash, or the genesis secret's id. */
  keyId: string
  epoch: number
  /** Devices that were given the current secret (boxed to them, or handed over by an add). */
  holders: Set<string>
  /** The current secret reached a device that is no member, or misses a member: rotate again. */
  needsRotation: boolean
  history: HistoryEntry[]
  /** Operations that did not count (author not a member, target unknown, a foreign genesis…). */
  ignored: number
}

export interface Anchor {
  notebookId: string
  rootUrl: string
  /** Hash of the founder's genesis, or 'legacy' for a log migrated from gossiped rosters. */
  genesis: string
}

export function replay(ops: ReadonlyMap<string, MembershipOp>, anchor: Anchor): MembershipState {
  const state: MembershipState = {
    members: new Map(),
    removed: new Map(),
    keyId: '',
    epoch: 0,
    holders: new Set(),
    needsRotation: false,
    history: [],
    ignored: 0,
  }
  const holders = new Map<string, Set<string>>()
  const hold = (keyId: string, deviceKey: string) => {
    const set = holders.get(keyId) ?? new Set<string>()
    set.add(deviceKey)
    holders.set(keyId, set)
  }
  const legacyValid = validLegacyGeneses(ops, anchor)
  for (const hash of legacyValid) {
    const body = ops.get(hash)!.body
    if (body.kind === 'genesis') for (const key of body.removed) state.removed.set(key, { by: ops.get(hash)!.by, at: 0 })
  }
  for (const hash of totalOrder(ops)) {
    const op = ops.get(hash)!
    const { body, by, at } = op
    const author = state.members.get(by)
    if (body.kind === 'genesis') {
      const ok =
        body.notebookId === anchor.notebookId &&
        body.rootUrl === anchor.rootUrl &&
        op.parents.length === 0 &&
        body.members.some((m) => m.deviceKey === by) &&
        (anchor.genesis === 'legacy' ? legacyValid.has(hash) : hash === anchor.genesis && !body.legacy)
      if (!ok) {
        state.ignored++
        continue
      }
      for (const m of body.members) {
        if (state.removed.has(m.deviceKey)) continue
        if (!state.members.has(m.deviceKey)) state.members.set(m.deviceKey, { ...m, addedBy: null, addedAt: at })
        hold(body.keyId, m.deviceKey)
      }
      if (!state.epoch) state.keyId = body.keyId
      state.history.push({ hash, at, by, kind: body.legacy ? 'carried-over' : 'founded' })
      continue
    }
    if (!author) {
      state.ignored++
      continue
    }
    switch (body.kind) {
      case 'add':
        if (state.members.has(body.deviceKey) || state.removed.has(body.deviceKey)) {
          state.ignored++
          continue
        }
        state.members.set(body.deviceKey, { deviceKey: body.deviceKey, name: body.name, addedBy: by, addedAt: at })
        hold(body.keyId, body.deviceKey)
        state.history.push({ hash, at, by, kind: 'added', target: body.deviceKey, name: body.name })
        break
      case 'remove': {
        if (!state.members.has(body.deviceKey) || body.deviceKey === by) {
          state.ignored++
          continue
        }
        const gone = cascade(state.members, body.deviceKey, new Set(body.keep))
        for (const key of gone) {
          state.members.delete(key)
          state.removed.set(key, { by, at })
        }
        for (const key of body.keep) {
          const kept = state.members.get(key)
          if (kept && kept.addedBy && gone.has(kept.addedBy)) kept.addedBy = by
        }
        rotated(hash, body.boxes)
        gone.delete(body.deviceKey)
        state.history.push({ hash, at, by, kind: 'removed', target: body.deviceKey, cascade: [...gone] })
        break
      }
      case 'rotate':
        rotated(hash, body.boxes)
        state.history.push({ hash, at, by, kind: 'rotated' })
        break
      case 'rename':
        author.name = body.name
        state.history.push({ hash, at, by, kind: 'renamed', target: by, name: body.name })
        break
    }
  }
  state.holders = holders.get(state.keyId) ?? new Set()
  state.needsRotation =
    [...state.holders].some((key) => !state.members.has(key)) ||
    [...state.members.keys()].some((key) => !state.holders.has(key))
  return state

  function rotated(hash: string, boxes: Record<string, string>): void {
    holders.set(hash, new Set(Object.keys(boxes)))
    state.keyId = hash
    state.epoch++
  }
}

/** The target and, transitively, every device it added, except those the remover keeps. */
export function cascade(members: Map<string, MemberInfo>, target: string, keep: Set<string>): Set<string> {
  const gone = new Set([target])
  for (let grew = true; grew; ) {
    grew = false
    for (const m of members.values()) {
      if (!gone.has(m.deviceKey) && !keep.has(m.deviceKey) && m.addedBy && gone.has(m.addedBy)) {
        gone.add(m.deviceKey)
        grew = true
      }
    }
  }
  return gone
}

/**
 * Parents before children; among operations whose parents are all placed, the smallest hash
 * first. Operations with a parent this device lacks are left out (the log only accepts them
 * once their parents arrived, so this guards a hand-edited file).
 */
export function totalOrder(ops: ReadonlyMap<string, MembershipOp>): string[] {
  const waiting = new Map<string, number>()
  const children = new Map<string, string[]>()
  const ready: string[] = []
  for (const [hash, op] of ops) {
    const known = op.parents.filter((p) => ops.has(p))
    if (known.length < op.parents.length) continue
    waiting.set(hash, known.length)
    if (!known.length) ready.push(hash)
    for (const p of known) childrenOf(children, p).push(hash)
  }
  ready.sort()
  const order: string[] = []
  while (ready.length) {
    const hash = ready.shift()!
    order.push(hash)
    for (const child of children.get(hash) ?? []) {
      const left = waiting.get(child)! - 1
      waiting.set(child, left)
      if (left === 0) ready.splice(sortedIndex(ready, child), 0, child)
    }
  }
  return order
}

function sortedIndex(sorted: string[], value: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Geneses carried over from gossiped rosters are trusted only until the first rotation: one
 * counts if every rotation or removal in the log saw it. A genesis forged later by a member is
 * outside the next removal's history, so the removal voids it.
 */
function validLegacyGeneses(ops: ReadonlyMap<string, MembershipOp>, anchor: Anchor): Set<string> {
  const valid = new Set<string>()
  if (anchor.genesis !== 'legacy') return valid
  const keyOps = [...ops].filter(([, op]) => op.body.kind === 'remove' || op.body.kind === 'rotate').map(([h]) => h)
  const children = new Map<string, string[]>()
  for (const [hash, op] of ops) for (const p of op.parents) childrenOf(children, p).push(hash)
  for (const [hash, op] of ops) {
    if (op.body.kind !== 'genesis' || !op.body.legacy) continue
    const descendants = new Set<string>()
    const stack = [hash]
    while (stack.length) {
      for (const child of children.get(stack.pop()!) ?? []) {
        if (descendants.has(child)) continue
        descendants.add(child)
        stack.push(child)
      }
    }
    if (keyOps.every((k) => descendants.has(k))) valid.add(hash)
  }
  return valid
}

function childrenOf(children: Map<string, string[]>, parent: string): string[] {
  let list = children.get(parent)
  if (!list) children.set(parent, (list = []))
  return list
}
