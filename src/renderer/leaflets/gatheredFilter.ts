import type { NoteRow, QuoteRow } from '../../shared/notes/noteRow'
import { fold } from '../../shared/text/fold'

export interface GatheredFilter {
  text: string
  campaignId: string
  problemId: string
  placeId: string
  /** yyyy-mm-dd or '' */
  from: string
  to: string
}

export const NO_FILTER: GatheredFilter = { text: '', campaignId: '', problemId: '', placeId: '', from: '', to: '' }

const dayStart = (iso: string) => new Date(`${iso}T00:00:00`).getTime()

/** Conversations matching the filter, newest first, each with its quotes that match the words (all of them when no words). */
export function filterGathered(rows: readonly NoteRow[], f: GatheredFilter, resolve: (termId: string) => string): { note: NoteRow; quotes: QuoteRow[] }[] {
  const words = fold(f.text).split(/\s+/).filter(Boolean)
  const from = f.from ? dayStart(f.from) : -Infinity
  const to = f.to ? dayStart(f.to) + 86_400_000 : Infinity
  const out: { note: NoteRow; quotes: QuoteRow[] }[] = []
  for (const note of rows) {
    if (f.campaignId && !note.campaignIds.includes(f.campaignId)) continue
    if (f.placeId && note.placeId !== f.placeId) continue
    if (f.problemId && !note.problems.some((p) => resolve(p) === f.problemId)) continue
    if (note.date < from || note.date >= to) continue
    const has = (s: string) => words.every((w) => fold(s).includes(w))
    const quotes = words.length ? note.quotes.filter((q) => has(`${q.text} ${q.attribution}`)) : note.quotes
    if (words.length && quotes.length === 0 && !has(note.preview)) continue
    out.push({ note, quotes })
  }
  return out.sort((a, b) => b.note.date - a.note.date)
}

/** How many of the matching conversations raised each problem: facts a leaflet can state. */
export function problemCounts(notes: readonly NoteRow[], resolve: (termId: string) => string): { problemId: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const note of notes) for (const p of new Set(note.problems.map(resolve))) counts.set(p, (counts.get(p) ?? 0) + 1)
  return [...counts].map(([problemId, count]) => ({ problemId, count })).sort((a, b) => b.count - a.count)
}
