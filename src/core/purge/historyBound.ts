import * as A from '@automerge/automerge'
import type { NoteShard } from '../../shared/notes/noteMutations'
import { anchorsForOldQuotes, setQuoteAnchors } from '../../shared/notes/quoteAnchors'
import type { Path } from '../../shared/purge/scrubValue'

/**
 * Values tied to a document's own history, which a copy into a new document leaves out:
 * a leaflet's named versions (heads of the old history) and quote anchors (cursors into the
 * old body). `anchorQuotes` finds the anchors again by the quotes' words.
 */
export function historyBound(doc: unknown): (path: Path, key: string) => boolean {
  const records = (doc as { records?: unknown }).records
  if (records === undefined) return (path, key) => path.length === 0 && key.startsWith('version:')
  const notes = String((doc as { kind?: unknown }).kind) === 'notes'
  return (path, key) => notes && path[2] === 'quotes' && path.length === 4 && (key === 'from' || key === 'to')
}

/** A notes shard's quotes without anchors, anchored where their words stand once (any other document as is). */
export function anchorQuotes<T>(doc: A.Doc<T>): A.Doc<T> {
  const notes = doc as A.Doc<NoteShard>
  if (String((notes as { kind?: unknown }).kind) !== 'notes' || !notes.records) return doc
  const found = Object.keys(notes.records).map((noteId) => ({ noteId, anchors: anchorsForOldQuotes(notes, noteId) })).filter((f) => f.anchors.length)
  if (!found.length) return doc
  return A.change(notes, (shard) => {
    for (const { noteId, anchors } of found) setQuoteAnchors(shard, noteId, anchors)
  }) as A.Doc<T>
}
