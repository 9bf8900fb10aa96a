import type { NoteRow, QuoteRow, QuoteUse } from './noteRow'
import { fold } from '../text/fold'


export interface NoteFilter {
  text: string
  campaignId: string
  /** A live problem id: notes whose problems resolve to it. */
  problemId: string
}

export const EMPTY_NOTE_FILTER: NoteFilter = { text: '', campaignId: '', problemId: '' }

/** Names a list shows for a row, so the text filter finds what the eye sees. */
export interface NoteNames {
  place: (id: string) => string
  contact: (id: string) => string
  term: (id: string) => string
  resolve: (termId: string) => string
}

export function noteWords(row: NoteRow, names: NoteNames): string {
  return fold([names.place(row.placeId), row.unit, ...row.contactIds.map(names.contact), ...row.problems.map(names.term), names.term(row.target), row.preview, ...row.quotes.map((q) => q.text)].join(' '))
}

/** Newest first (conversations typed with one carried-over time: the last touched first), then by id so every device agrees. */
export function queryNotes(rows: readonly NoteRow[], filter: NoteFilter, names: NoteNames): NoteRow[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean)
  return rows
    .filter((r) => !filter.campaignId || r.campaignIds.includes(filter.campaignId))
    .filter((r) => !filter.problemId || r.problems.some((p) => names.resolve(p) === filter.problemId))
    .filter((r) => {
      if (!words.length) return true
      const haystack = noteWords(r, names)
      return words.every((w) => haystack.includes(w))
    })
    .sort((a, b) => b.date - a.date || b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1))
}

export interface QuoteHit {
  quote: QuoteRow
  note: NoteRow
}

export interface QuoteFilter {
  text: string
  objectionsOnly: boolean
  use: QuoteUse | ''
}

export const EMPTY_QUOTE_FILTER: QuoteFilter = { text: '', objectionsOnly: false, use: '' }

/** Every quote of every note, newest conversation first. */
export function queryQuotes(rows: readonly NoteRow[], filter: QuoteFilter): QuoteHit[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean)
  const hits: QuoteHit[] = []
  for (const note of rows)
    for (const quote of note.quotes) {
      if (filter.objectionsOnly && !quote.isObjection) continue
      if (filter.use && quote.use !== filter.use) continue
      const haystack = fold(`${quote.text} ${quote.attribution}`)
      if (words.every((w) => haystack.includes(w))) hits.push({ quote, note })
    }
  return hits.sort((a, b) => b.note.date - a.note.date || b.note.updatedAt - a.note.updatedAt || (a.quote.id < b.quote.id ? -1 : 1))
}

/** How many conversations raised each live problem (merged ids counted under their survivor). */
export function problemCounts(rows: readonly NoteRow[], resolve: (id: string) => string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const row of rows) for (const id of new Set(row.problems.map(resolve))) counts.set(id, (counts.get(id) ?? 0) + 1)
  return counts
}
