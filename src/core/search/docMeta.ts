import type { SearchKind } from '../../shared/searchContract'
import type { PhoneDigits } from './phoneSearch'
import type { SearchDoc } from './searchDocuments'
import { foldedTitle } from './titleSearch'

/** What a hit shows and is filtered by, for every document; saved apart from the full text and loaded first. */
export type DocMeta = Pick<SearchDoc, 'kind' | 'id' | 'title' | 'noteId' | 'date' | 'campaignIds' | 'placeId' | 'phones'>

/** With the folded title and phone digits the scans use, worked out on first need. */
export type MetaEntry = DocMeta & { folded?: string; digits?: PhoneDigits[] }

/** The small file's body: every document's metadata, column by column (arrays parse fastest). */
export interface SavedMeta {
  keys: string[]
  titles: string[]
  /** The titles folded for the scan (folding them all took longer than reading them). */
  folded: string[]
  dates: number[]
  noteIds: string[]
  /** Place and campaign ids, each once: the columns below point into this list (-1: no place). */
  ids: string[]
  placeIds: number[]
  campaignIds: number[][]
  phones: string[][]
}

export const keyOfMeta = (m: DocMeta): string => `${m.kind}:${m.id}`

export function metaOf(doc: SearchDoc): MetaEntry {
  return { kind: doc.kind, id: doc.id, title: doc.title, noteId: doc.noteId, date: doc.date, campaignIds: doc.campaignIds, placeId: doc.placeId, phones: doc.phones }
}

export function encodeMeta(entries: Map<string, MetaEntry>): SavedMeta {
  const metas = [...entries.values()]
  const ids: string[] = []
  const interned = new Map<string, number>()
  const idOf = (id: string): number => {
    let at = interned.get(id)
    if (at === undefined) interned.set(id, (at = ids.push(id) - 1))
    return at
  }
  return {
    keys: [...entries.keys()],
    titles: metas.map((m) => m.title),
    folded: metas.map((m) => (m.folded ??= foldedTitle(m.title))),
    dates: metas.map((m) => m.date),
    noteIds: metas.map((m) => m.noteId),
    ids,
    placeIds: metas.map((m) => (m.placeId ? idOf(m.placeId) : -1)),
    campaignIds: metas.map((m) => m.campaignIds.map(idOf)),
    phones: metas.map((m) => m.phones),
  }
}

/** The entries of a saved body; throws on one that is not in this shape. */
export function decodeMeta(saved: SavedMeta): Map<string, MetaEntry> {
  const columns = [saved.keys, saved.titles, saved.folded, saved.dates, saved.noteIds, saved.placeIds, saved.campaignIds, saved.phones]
  if (!Array.isArray(saved.ids) || !columns.every((c) => Array.isArray(c) && c.length === saved.keys.length)) throw new Error('its columns do not line up')
  const { ids } = saved
  const entries = new Map<string, MetaEntry>()
  saved.keys.forEach((key, i) => {
    const colon = key.indexOf(':')
    entries.set(key, {
      kind: key.slice(0, colon) as SearchKind,
      id: key.slice(colon + 1),
      title: saved.titles[i]!,
      folded: saved.folded[i]!,
      date: saved.dates[i]!,
      noteId: saved.noteIds[i]!,
      placeId: ids[saved.placeIds[i]!] ?? '',
      campaignIds: saved.campaignIds[i]!.map((c) => ids[c]!),
      phones: saved.phones[i]!,
    })
  })
  return entries
}
