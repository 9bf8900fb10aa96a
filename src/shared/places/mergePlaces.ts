import { copy } from '../contacts/merge'
import { scalar, str, strs } from '../notebook/scalar'
import { KNOCK_KEY, type KnockKey } from './knocks'
import type { PlaceDoc } from './place'
import { unitKey } from './units'

/*
 * Merging places, as merging contacts: the merged-away record stays with a redirect
 * (`mergedInto`), and what it held (knocks, units, a name or address the survivor lacks) is
 * folded into the survivor. Every reference to it (contacts, notes, meetings and actions) is
 * then pointed at the survivor by the core (`core/places/mergePlaces.ts`).
 */

/**
 * Copies onto `target` the knocks and units only `source` has, and its name, address or kind
 * where `target` has none. Idempotent: folding the same source again writes nothing. Returns
 * whether anything was written (inside a change of the target's shard).
 */
export function foldPlaceInto(target: PlaceDoc, source: Readonly<PlaceDoc>): boolean {
  let changed = false
  for (const key of Object.keys(source).filter((k): k is KnockKey => k.startsWith(KNOCK_KEY))) {
    if (target[key]) continue
    target[key] = copy(source[key]!)
    changed = true
  }
  const have = new Set(strs(target.units).map(unitKey))
  const missing = strs(source.units).filter((u) => unitKey(u) && !have.has(unitKey(u)) && have.add(unitKey(u)))
  if (missing.length) {
    if (!target.units) target.units = []
    target.units.push(...missing.map(scalar))
    changed = true
  }
  for (const field of ['name', 'address'] as const) {
    if (str(target[field]).trim() || !str(source[field]).trim()) continue
    target[field] = scalar(str(source[field]))
    changed = true
  }
  if (source.createdAt < target.createdAt) {
    target.createdAt = source.createdAt
    changed = true
  }
  return changed
}

/** Marks a place as merged into another. */
export function markPlaceMerged(record: PlaceDoc, intoId: string, now: number): void {
  record.mergedInto = scalar(intoId)
  record.mergedAt = now
  record.updatedAt = now
}
