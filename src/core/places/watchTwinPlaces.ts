import { getConflicts } from '@automerge/automerge'
import type { DocHandle } from '@automerge/automerge-repo'
import type { ShardDoc } from '../../shared/notebook/schema'
import { foldTwinPlaces } from '../../shared/places/foldTwinPlaces'
import type { PlaceDoc } from '../../shared/places/place'
import { allShards } from '../contacts/readAll'
import type { Notebook } from '../notebook/Notebook'

/**
 * Keeps what two devices recorded on the same building, added by both while apart: once now
 * for every place, then for each place a change (local or synced) touches.
 */
export async function watchTwinPlaces(notebook: Notebook): Promise<void> {
  for (const handle of await allShards<PlaceDoc>(notebook, 'places')) {
    fold(handle, Object.keys(handle.doc().records))
    handle.on('change', ({ patches }) => fold(handle, new Set(patches.filter((p) => p.path[0] === 'records' && p.path.length > 1).map((p) => String(p.path[1])))))
  }
}

function fold(handle: DocHandle<ShardDoc<PlaceDoc>>, ids: Iterable<string>): void {
  const doc = handle.doc()
  const twins = [...ids].filter((id) => Object.keys(getConflicts(doc.records, id) ?? {}).length > 1)
  if (twins.length) handle.change((shard) => void foldTwinPlaces(shard, twins))
}
