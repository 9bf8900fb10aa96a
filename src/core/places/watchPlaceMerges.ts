import type { PlaceDoc } from '../../shared/places/place'
import { allShards } from '../contacts/readAll'
import type { Notebook } from '../notebook/Notebook'
import { settlePlaceMerges } from './mergePlaces'

/**
 * Keeps place merges made apart converging (`settlePlaceMerges`): once now, then whenever a
 * merge or a late edit of a merged-away place arrives, or a contact or note names one.
 * One settle at a time.
 */
export async function watchPlaceMerges(notebook: Notebook, onError: (error: Error) => void = (e) => console.error('Settling merged places failed:', e.message)): Promise<void> {
  let merged: ReadonlySet<string> = new Set()
  let queue = Promise.resolve()
  const settle = () => {
    queue = queue.then(async () => void (merged = (await settlePlaceMerges(notebook)).merged)).catch(onError)
  }
  settle()
  for (const handle of await allShards<PlaceDoc>(notebook, 'places')) {
    handle.on('change', ({ doc, patches }) => {
      const ids = new Set(patches.filter((p) => p.path[0] === 'records' && p.path.length > 1).map((p) => String(p.path[1])))
      if ([...ids].some((id) => merged.has(id) || doc.records[id]?.mergedInto)) settle()
    })
  }
  const late = ({ upserts }: { upserts: { placeId: string }[] }) => {
    if (upserts.some((row) => merged.has(row.placeId))) settle()
  }
  notebook.contacts.on('changed', late)
  notebook.indexes.notes.on('changed', late)
}
