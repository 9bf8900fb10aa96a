import type { ContactDoc } from '../../shared/contacts/contact'
import type { BaseRecord, RecordKind } from '../../shared/notebook/schema'
import { str } from '../../shared/notebook/scalar'
import type { PlaceDoc } from '../../shared/places/place'
import { allRecords } from '../contacts/readAll'
import { replan } from '../import/importContacts'
import type { Notebook } from '../notebook/Notebook'
import { batchRecordId } from './batchRecordId'
import { ImportJournal } from './ImportJournal'

/**
 * Takes back exactly what an import wrote (finished or not): its contacts (found by the ids its rows were given),
 * and the places it created that nothing else uses now. Everyone else is left alone.
 */
export async function undoImport(notebook: Notebook, id: string): Promise<{ contacts: number; places: number }> {
  const journal = new ImportJournal(notebook)
  const batch = await journal.get(id)
  if (batch.state === 'undone') throw new Error(`Import ${id} (${batch.fileName}) is already undone; nothing to do`)
  if (batch.kind !== 'contacts') throw new Error(`Only a contacts import can be undone; ${batch.fileName} cannot`)
  const ours = new Set((await replan(notebook, journal, batch)).records.map((r) => batchRecordId(batch.id, r.row)))
  const contacts = await removeRecords(notebook, 'contacts', ours)
  const stillUsed = new Set((await allRecords<ContactDoc>(notebook, 'contacts')).map((c) => str(c.placeId)))
  const places = (await allRecords<PlaceDoc>(notebook, 'places')).filter((p) => batch.placeIds.includes(p.id) && !stillUsed.has(p.id) && !Object.keys(p).some((k) => k.startsWith('knock:')))
  const placesRemoved = await removeRecords(notebook, 'places', new Set(places.map((p) => p.id)))
  await journal.save({ ...batch, state: 'undone' })
  return { contacts, places: placesRemoved }
}

async function removeRecords(notebook: Notebook, kind: RecordKind, ids: Set<string>): Promise<number> {
  const byShard = new Map<number, string[]>()
  for (const id of ids) byShard.set(notebook.shardIndex(kind, id), [...(byShard.get(notebook.shardIndex(kind, id)) ?? []), id])
  let removed = 0
  for (const [shard, list] of byShard) {
    const handle = await notebook.shard<BaseRecord>(kind, shard)
    const present = list.filter((id) => handle.doc().records[id])
    if (!present.length) continue
    handle.change((doc) => {
      for (const id of present) delete doc.records[id]
    })
    await notebook.flush([handle.documentId])
    removed += present.length
  }
  return removed
}
