import { getConflicts } from '@automerge/automerge'
import type { ShardDoc } from '../notebook/schema'
import { foldPlaceInto } from './mergePlaces'
import type { PlaceDoc } from './place'

/**
 * A building's id comes from its address (`placeIdFor`), so two devices that add it while apart
 * write the same record key: Automerge keeps one of the two records and hides the other. What
 * was recorded only on the hidden one (its knocks, its units, a name) is copied onto the one kept.
 * Returns the ids of the places it changed; run it inside a change of the shard.
 */
export function foldTwinPlaces(shard: ShardDoc<PlaceDoc>, ids: Iterable<string>): string[] {
  const folded: string[] = []
  for (const id of ids) {
    const kept = shard.records[id]
    const twins = Object.values(getConflicts(shard.records, id) ?? {}) as unknown as PlaceDoc[]
    if (!kept || twins.length < 2) continue
    let changed = false
    for (const twin of twins) if (foldPlaceInto(kept, twin)) changed = true
    if (changed) folded.push(id)
  }
  return folded
}
