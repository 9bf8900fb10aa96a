import type { DocHandle } from '@automerge/automerge-repo'
import type { ContactDoc } from '../../shared/contacts/contact'
import { resolveMerged, type MergedDoc } from '../../shared/contacts/merge'
import type { MeetingDoc } from '../../shared/meetings/meeting'
import type { NoteDoc } from '../../shared/notes/note'
import { scalar, str } from '../../shared/notebook/scalar'
import type { ShardDoc } from '../../shared/notebook/schema'
import { foldPlaceInto, markPlaceMerged } from '../../shared/places/mergePlaces'
import { readPlace, type Place, type PlaceDoc } from '../../shared/places/place'
import { findPlaceDuplicates, type PlaceDuplicateGroup } from '../../shared/places/placeDuplicates'
import { allRecords } from '../contacts/readAll'
import type { Notebook } from '../notebook/Notebook'
import { rewriteRecords } from '../notebook/rewriteRecords'

/** Every place as stored, merged-away ones included. */
export async function readPlaces(notebook: Notebook): Promise<Place[]> {
  return (await allRecords<PlaceDoc>(notebook, 'places')).map(readPlace)
}

export async function scanPlaceDuplicates(notebook: Notebook): Promise<PlaceDuplicateGroup[]> {
  return findPlaceDuplicates(await readPlaces(notebook))
}

async function placeHandle(notebook: Notebook, id: string): Promise<DocHandle<ShardDoc<PlaceDoc>>> {
  const handle = await notebook.shardOf<PlaceDoc>('places', id)
  if (!handle.doc().records[id]) throw new Error(`No place ${id} in this notebook (massline places list shows their ids)`)
  return handle
}

/**
 * Where each merged-away place now lives: the end of its redirects (opposite merges settle on the
 * smallest id). A redirect to a place this device does not have yet is left until it arrives.
 */
function survivors(places: readonly Place[]): Map<string, string> {
  const into = new Map(places.map((p) => [p.id, p.mergedInto]))
  const out = new Map<string, string>()
  for (const { id, mergedInto } of places) {
    if (!mergedInto) continue
    const seen = new Set<string>()
    let end = id
    while (into.get(end) && !seen.has(end)) end = (seen.add(end), into.get(end)!)
    if (into.has(end)) out.set(id, resolveMerged(id, (x) => into.get(x) ?? ''))
  }
  return out
}

/** Points every contact, note, meeting and action at a merged-away place to its survivor. Returns how many records changed. */
async function redirectPlaceReferences(notebook: Notebook, survivorOf: ReadonlyMap<string, string>, now: number): Promise<number> {
  const moved = (id: unknown) => survivorOf.get(str(id as string)) !== undefined && survivorOf.get(str(id as string)) !== str(id as string)
  const to = (id: unknown) => scalar(survivorOf.get(str(id as string))!)
  let count = 0
  count += await rewriteRecords<ContactDoc & MergedDoc>(
    notebook,
    'contacts',
    (c) => moved(c.placeId) || moved(c.mergedValues?.placeId),
    (c) => {
      if (moved(c.placeId)) c.placeId = to(c.placeId)
      // The snapshot of a merged-away contact follows, or folding it later would read the new id as an edit.
      if (c.mergedValues && moved(c.mergedValues.placeId)) c.mergedValues.placeId = to(c.mergedValues.placeId)
    },
    now,
  )
  count += await rewriteRecords<NoteDoc>(notebook, 'notes', (n) => moved(n.placeId), (n) => void (n.placeId = to(n.placeId)), now)
  count += await rewriteRecords<MeetingDoc>(notebook, 'meetings', (m) => moved(m.placeId), (m) => void (m.placeId = to(m.placeId)), now)
  return count
}

/**
 * Merges places into one survivor (duplicates of one building): knocks and units are folded in,
 * each merged-away place keeps a redirect, and every reference to it is pointed at the survivor.
 */
export async function mergePlaces(notebook: Notebook, keepId: string, mergeIds: string[], now = Date.now()): Promise<string> {
  for (const id of [keepId, ...mergeIds]) await placeHandle(notebook, id)
  // Merging into a place that was itself merged away (on another device, say) means its survivor.
  keepId = survivors(await readPlaces(notebook)).get(keepId) ?? keepId
  const others = [...new Set(mergeIds)].filter((id) => id !== keepId)
  if (!others.length) throw new Error('Choose at least one other place to merge')
  const keep = await placeHandle(notebook, keepId)
  for (const id of others) {
    const old = await placeHandle(notebook, id)
    const source = structuredClone(old.doc().records[id]!)
    keep.change((doc) => {
      if (foldPlaceInto(doc.records[keepId]!, source)) doc.records[keepId]!.updatedAt = now
    })
    old.change((doc) => markPlaceMerged(doc.records[id]!, keepId, now))
    await notebook.flush([keep.documentId, old.documentId])
  }
  await redirectPlaceReferences(notebook, new Map(others.map((id) => [id, keepId])), now)
  return keepId
}

/**
 * Brings merges made apart to one state, on every device alike: two devices merging a pair in
 * opposite directions keep the smallest id; knocks and units recorded on a merged-away place
 * after the merge (by a device that had not seen it) are folded into its survivor; references
 * made to it since are pointed at the survivor. Running it again writes nothing.
 */
export async function settlePlaceMerges(notebook: Notebook, now = Date.now()): Promise<{ merged: ReadonlySet<string>; changed: number }> {
  const places = await readPlaces(notebook)
  const survivorOf = survivors(places)
  let changed = 0
  for (const [id, survivor] of survivorOf) {
    const old = await placeHandle(notebook, id)
    if (survivor === id) {
      old.change((doc) => {
        delete doc.records[id]!.mergedInto
        delete doc.records[id]!.mergedAt
      })
      changed++
      continue
    }
    const keep = await placeHandle(notebook, survivor)
    const source = structuredClone(old.doc().records[id]!)
    let folded = false
    keep.change((doc) => {
      folded = foldPlaceInto(doc.records[survivor]!, source)
      if (folded) doc.records[survivor]!.updatedAt = now
    })
    if (str(source.mergedInto) !== survivor) old.change((doc) => markPlaceMerged(doc.records[id]!, survivor, now))
    if (folded || str(source.mergedInto) !== survivor) changed++
    await notebook.flush([keep.documentId, old.documentId])
  }
  changed += await redirectPlaceReferences(notebook, survivorOf, now)
  return { merged: new Set([...survivorOf].filter(([id, s]) => id !== s).map(([id]) => id)), changed }
}
