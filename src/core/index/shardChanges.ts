import type { Patch } from '@automerge/automerge'

/** The ids of the records a shard change touched (every patch under `records/<id>`). */
export function touchedIds(patches: Patch[]): Set<string> {
  const touched = new Set<string>()
  for (const patch of patches) if (patch.path[0] === 'records' && typeof patch.path[1] === 'string') touched.add(patch.path[1])
  return touched
}

/** Whether two head lists name the same changes (in any order); null is heads never seen. */
export function sameHeads(a: string[], b: string[] | null): boolean {
  if (!b || a.length !== b.length) return false
  const set = new Set(b)
  return a.every((h) => set.has(h))
}
