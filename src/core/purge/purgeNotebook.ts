import * as A from '@automerge/automerge'
import { interpretAsDocumentId, type AutomergeUrl, type DocHandle, type DocumentId } from '@automerge/automerge-repo'
import type { ContactDoc } from '../../shared/contacts/contact'
import { newId } from '../../shared/ids'
import { scalar, str } from '../../shared/notebook/scalar'
import { RECORD_KINDS, type NotebookRootDoc, type RecordKind } from '../../shared/notebook/schema'
import type { NoteDoc } from '../../shared/notes/note'
import { recordPurge, type PurgeEntry } from '../../shared/purge/purgeLog'
import type { PurgeScope, PurgeTarget } from '../../shared/purge/purgeScope'
import { holdsTrace } from '../../shared/purge/holdsTrace'
import { purgeScopeOf } from '../../shared/purge/purgeScopeOf'
import { redactor } from '../../shared/purge/redact'
import { scrubber } from '../../shared/purge/scrubValue'
import type { Notebook } from '../notebook/Notebook'
import { storedHistoryChecker } from './storedHistoryChecker'
import { anchorQuotes, historyBound } from './historyBound'
import { rebuildDocument } from './rebuildDocument'

export interface PurgeResult {
  /** The purge's entry in the root: the retired documents, never who or what. */
  entry: PurgeEntry
  /** How many documents held a trace and were replaced. */
  replaced: number
}

type Place = { kind: RecordKind; shard: number } | { leaflet: string }

/**
 * "Remove this person from our history": every document that holds a trace of the target,
 * now or anywhere in its stored history, is copied into a fresh document without it, the root moves
 * onto the copies, and the old documents go on the root's denylist, which every member's core
 * enforces (deletes them from its store, never serves or accepts them again). The caller
 * rotates the sync secret. Throws, changing nothing, when the target is not in the notebook.
 */
export async function purgeNotebook(notebook: Notebook, target: PurgeTarget, now = Date.now()): Promise<PurgeResult> {
  const scope = await scopeOf(notebook, target)
  const scrub = scrubber(scope, redactor)
  // The store then holds every change, and each document is checked there without loading it.
  await notebook.repo.flush(Object.values(notebook.repo.handles).filter((h) => h.isReady()).map((h) => h.documentId))
  const holds = storedHistoryChecker(notebook)
  const affected: ReturnType<typeof places> = []
  for (const place of places(notebook.root.doc())) if (await holds(interpretAsDocumentId(place.url), scrub)) affected.push(place)

  const moved: { place: Place; url: AutomergeUrl; old: DocumentId; heads: string[]; base: string[] }[] = []
  for (const place of affected) {
    const handle = 'leaflet' in place ? await notebook.repo.find<unknown>(place.url) : ((await notebook.shard(place.kind, place.shard)) as DocHandle<unknown>)
    const old = handle.doc() as A.Doc<unknown>
    const copy = anchorQuotes(rebuildDocument(old, scrub, historyBound(old)))
    // Checked before anything moves: a copy that still held a trace would defeat the purge.
    if (holdsTrace(copy, scrub)) throw new Error('The purge could not take every trace out of a document; nothing was changed')
    const fresh = notebook.repo.import<unknown>(A.save(copy))
    await notebook.repo.flush([fresh.documentId])
    moved.push({ place, url: fresh.url, old: handle.documentId, heads: A.getHeads(old), base: A.getHeads(copy) })
  }
  const moves = moved.map((m) => ({ from: m.old, into: interpretAsDocumentId(m.url), heads: m.heads, base: m.base }))
  const entry: PurgeEntry = { id: newId(), kind: target.kind, at: now, documents: moved.map((m) => m.old), moves }
  notebook.root.change((root) => {
    for (const { place, url } of moved) {
      if ('leaflet' in place) root.leaflets[place.leaflet] = scalar(url)
      else root.shards[place.kind][place.shard] = scalar(url)
    }
    recordPurge(root, entry)
  })
  await notebook.repo.flush([notebook.root.documentId])
  await notebook.retirements()
  return { entry, replaced: moved.length }
}

/** Every shard and leaflet the root lists. */
function places(root: NotebookRootDoc): (Place & { url: AutomergeUrl })[] {
  return [
    ...RECORD_KINDS.flatMap((kind) => root.shards[kind].map((url, shard) => ({ kind, shard, url: str(url) as AutomergeUrl }))),
    ...Object.entries(root.leaflets ?? {}).map(([leaflet, url]) => ({ leaflet, url: str(url) as AutomergeUrl })),
  ]
}

/**
 * The scope, from the list indexes (who was merged into whom, which quotes who said) and the
 * records of the people purged: no need to load the whole notebook.
 */
async function scopeOf(notebook: Notebook, target: PurgeTarget): Promise<PurgeScope> {
  const notes = (await notebook.rows('notes')).map((row) => ({ id: row.id, quotes: Object.fromEntries(row.quotes.map((q) => [q.id, { ...q, contactId: scalar(q.contactId) }])) }) as unknown as NoteDoc)
  if (target.kind !== 'contact') return purgeScopeOf(target, { contacts: [], notes })
  const rows = await notebook.rows('contacts')
  const ids = new Set([target.id])
  for (let grew = true; grew; ) {
    grew = false
    for (const row of rows) if (!ids.has(row.id) && ids.has(row.mergedInto)) grew = ids.add(row.id).size > 0
  }
  const contacts: ContactDoc[] = []
  for (const id of ids) {
    const record = (await notebook.shardOf<ContactDoc>('contacts', id)).doc().records[id]
    if (record) contacts.push(record)
  }
  return purgeScopeOf(target, { contacts, notes })
}
