import * as A from '@automerge/automerge'
import type { AutomergeUrl, DocHandle, DocumentId } from '@automerge/automerge-repo'
import type { ContactDoc } from '../../shared/contacts/contact'
import { newId } from '../../shared/ids'
import type { LeafletDoc } from '../../shared/leaflets/leaflet'
import { scalar, str } from '../../shared/notebook/scalar'
import { RECORD_KINDS, type RecordKind, type ShardDoc } from '../../shared/notebook/schema'
import type { NoteDoc } from '../../shared/notes/note'
import type { NoteShard } from '../../shared/notes/noteMutations'
import { anchorsForOldQuotes, setQuoteAnchors } from '../../shared/notes/quoteAnchors'
import { holdsTrace } from '../../shared/purge/holdsTrace'
import { recordPurge, type PurgeEntry } from '../../shared/purge/purgeLog'
import type { PurgeTarget } from '../../shared/purge/purgeScope'
import { purgeScopeOf } from '../../shared/purge/purgeScopeOf'
import { redactor } from '../../shared/purge/redact'
import { scrubber, type Path, type Scrubber } from '../../shared/purge/scrubValue'
import type { Notebook } from '../notebook/Notebook'
import { historyHoldsTrace } from './historyHoldsTrace'
import { rebuildDocument } from './rebuildDocument'

export interface PurgeResult {
  /** The purge's entry in the root: the retired documents, never who or what. */
  entry: PurgeEntry
  /** How many documents held a trace and were replaced. */
  replaced: number
}

type Place = { kind: RecordKind; shard: number } | { leaflet: string }
interface Held {
  place: Place
  handle: DocHandle<unknown>
}

/**
 * "Remove this person from our history": every document that holds a trace of the target,
 * now or anywhere in its history, is copied into a fresh document without it, the root moves
 * onto the copies, and the old documents go on the root's denylist, which every member's core
 * enforces (deletes them from its store, never serves or accepts them again). The caller
 * rotates the sync secret. Throws, changing nothing, when the target is not in the notebook.
 */
export async function purgeNotebook(notebook: Notebook, target: PurgeTarget, now = Date.now()): Promise<PurgeResult> {
  const held = await everyDocument(notebook)
  const records = (kind: RecordKind) => held.flatMap(({ place, handle }) => ('kind' in place && place.kind === kind ? Object.values((handle.doc() as ShardDoc).records) : []))
  const scope = purgeScopeOf(target, { contacts: records('contacts') as ContactDoc[], notes: records('notes') as NoteDoc[] })
  const scrub = scrubber(scope, redactor)
  const affected = held.filter(({ handle }) => holdsTrace(handle.doc(), scrub) || historyHoldsTrace(handle.doc() as A.Doc<unknown>, scrub))

  const moved: { place: Place; url: AutomergeUrl; old: DocumentId }[] = []
  for (const { place, handle } of affected) {
    const fresh = notebook.repo.import<unknown>(A.save(rebuilt(handle.doc() as A.Doc<unknown>, place, scrub)))
    await notebook.repo.flush([fresh.documentId])
    moved.push({ place, url: fresh.url, old: handle.documentId })
  }
  const entry: PurgeEntry = { id: newId(), kind: target.kind, at: now, documents: moved.map((m) => m.old) }
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

/** Every shard and leaflet, loaded. */
async function everyDocument(notebook: Notebook): Promise<Held[]> {
  const root = notebook.root.doc()
  const held: Held[] = []
  for (const kind of RECORD_KINDS) {
    for (let shard = 0; shard < root.shards[kind].length; shard++) held.push({ place: { kind, shard }, handle: (await notebook.shard(kind, shard)) as DocHandle<unknown> })
  }
  for (const [leaflet, url] of Object.entries(root.leaflets ?? {})) {
    held.push({ place: { leaflet }, handle: await notebook.repo.find<LeafletDoc>(str(url) as AutomergeUrl) })
  }
  return held
}

/** Quote anchors and a leaflet's named versions point into the old history: left out, anchors found again. */
function rebuilt(old: A.Doc<unknown>, place: Place, scrub: Scrubber): A.Doc<unknown> {
  const omit = (path: Path, key: string): boolean =>
    'leaflet' in place ? path.length === 0 && key.startsWith('version:') : place.kind === 'notes' && path[2] === 'quotes' && path.length === 4 && (key === 'from' || key === 'to')
  const fresh = rebuildDocument(old, scrub, omit)
  if (!('kind' in place) || place.kind !== 'notes') return fresh
  const notes = fresh as A.Doc<NoteShard>
  const found = Object.keys(notes.records).map((noteId) => ({ noteId, anchors: anchorsForOldQuotes(notes, noteId) })).filter((f) => f.anchors.length)
  if (!found.length) return fresh
  return A.change(notes, (doc) => {
    for (const { noteId, anchors } of found) setQuoteAnchors(doc, noteId, anchors)
  })
}
