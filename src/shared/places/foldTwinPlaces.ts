import { getConflicts, ImmutableString } from '@automerge/automerge'
import { scalar, str, strs } from '../notebook/scalar'
import type { ShardDoc } from '../notebook/schema'
import { KNOCK_KEY, type KnockDoc, type KnockKey } from './knocks'
import type { PlaceDoc } from './place'
import { unitKey } from './units'

/**
 * A building's id comes from its address (`placeIdFor`), so two devices that add it while apart
 * write the same record key: Automerge keeps one of the two records and hides the other. What
 * was recorded only on the hidden one (its knocks, its units) is copied onto the one kept.
 * Returns the ids of the places it changed; run it inside a change of the shard.
 */
export function foldTwinPlaces(shard: ShardDoc<PlaceDoc>, ids: Iterable<string>): string[] {
  const folded: string[] = []
  for (const id of ids) {
    const kept = shard.records[id]
    const twins = Object.values(getConflicts(shard.records, id) ?? {}) as unknown as PlaceDoc[]
    if (!kept || twins.length < 2) continue
    let changed = false
    for (const twin of twins) {
      for (const key of Object.keys(twin).filter((k): k is KnockKey => k.startsWith(KNOCK_KEY))) {
        if (kept[key]) continue
        kept[key] = copyKnock(twin[key]!)
        changed = true
      }
      const have = new Set(strs(kept.units).map(unitKey))
      const missing = strs(twin.units).filter((u) => !have.has(unitKey(u)))
      if (missing.length) {
        if (!kept.units) kept.units = []
        kept.units.push(...missing.map(scalar))
        changed = true
      }
    }
    if (changed) folded.push(id)
  }
  return folded
}

/** The twin's knock as fresh values (a value read from one record cannot be placed in another). */
function copyKnock(knock: KnockDoc): KnockDoc {
  const copy: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(knock)) copy[field] = value instanceof ImmutableString ? scalar(str(value)) : value
  return copy as unknown as KnockDoc
}
