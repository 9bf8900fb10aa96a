import { foldName } from '../contacts/similarity'
import type { Place } from './place'
import { addressKey, placeIdFor } from './placeId'

/** Places that are probably one building or workplace, and the one to keep. */
export interface PlaceDuplicateGroup {
  /** Oldest first. */
  ids: string[]
  reasons: ('same address' | 'same name')[]
  /** The one the merge keeps unless told otherwise: the id its address gives (so the next device adding it lands there), else the most knocked, else the oldest. */
  keep: string
}

/**
 * Live places made twice (before place ids came from the address, or typed apart): the same
 * address once normalized ("12 Main St." is "12 main street"), or the same name and kind where
 * one of them has no address. Two places with one name but different addresses stay apart.
 */
export function findPlaceDuplicates(places: readonly Place[]): PlaceDuplicateGroup[] {
  const live = places.filter((p) => !p.mergedInto)
  const parent = new Map(live.map((p) => [p.id, p.id]))
  const find = (id: string): string => {
    while (parent.get(id) !== id) id = parent.get(id)!
    return id
  }
  const why = new Map<string, Set<PlaceDuplicateGroup['reasons'][number]>>()
  const join = (ids: string[], reason: PlaceDuplicateGroup['reasons'][number]) => {
    for (const id of ids.slice(1)) parent.set(find(id), find(ids[0]!))
    for (const id of ids) why.set(id, (why.get(id) ?? new Set()).add(reason))
  }
  const byKey = (key: (p: Place) => string, among: readonly Place[]) => {
    const map = new Map<string, string[]>()
    for (const p of among) if (key(p)) map.set(key(p), [...(map.get(key(p)) ?? []), p.id])
    return [...map.values()].filter((ids) => ids.length > 1)
  }
  for (const ids of byKey((p) => addressKey(p.address), live)) join(ids, 'same address')
  const nameKey = (p: Place) => (foldName(p.name) ? `${p.kind}:${foldName(p.name)}` : '')
  for (const ids of byKey(nameKey, live)) {
    const unaddressed = ids.filter((id) => !addressKey(live.find((p) => p.id === id)!.address))
    const addresses = new Set(ids.map((id) => addressKey(live.find((p) => p.id === id)!.address)).filter(Boolean))
    if (unaddressed.length && addresses.size <= 1) join(ids, 'same name')
  }
  const groups = new Map<string, Place[]>()
  for (const p of live) if (why.has(p.id)) groups.set(find(p.id), [...(groups.get(find(p.id)) ?? []), p])
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => {
      const ids = [...group].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)).map((p) => p.id)
      const reasons = [...new Set(group.flatMap((p) => [...why.get(p.id)!]))].sort()
      return { ids, reasons, keep: survivorOf(group) }
    })
    .sort((a, b) => a.ids[0]!.localeCompare(b.ids[0]!))
}

function survivorOf(group: readonly Place[]): string {
  const fixed = group.find((p) => p.address && placeIdFor(p.address) === p.id)
  if (fixed) return fixed.id
  return [...group].sort((a, b) => b.knocks.length - a.knocks.length || a.createdAt - b.createdAt || a.id.localeCompare(b.id))[0]!.id
}
