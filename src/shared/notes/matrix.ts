import type { NoteRow } from './noteRow'

/**
 * The investigation matrix: which problems people raise against which targets, and how
 * often. It is what a collective reads before choosing a fight, so every number is a count
 * a person can check by opening the conversations behind it.
 */

/** Which notes count. Dates are inclusive, in milliseconds; empty fields do not filter. */
export interface MatrixFilter {
  campaignId?: string
  placeId?: string
  from?: number
  to?: number
}

export interface QuoteRef {
  noteId: string
  quoteId: string
}

/** What a row, a column, a cell or the whole matrix counts. */
export interface Tally {
  /** Conversation notes. */
  conversations: number
  /** Distinct people: named contacts, plus one per note that names nobody. */
  people: number
  quotes: number
  objections: number
  /** Objections among the quotes (0–1), or null when there are no quotes. */
  objectionShare: number | null
}

export interface MatrixCell extends Tally {
  problem: string
  target: string
  /** Newest first. */
  noteIds: string[]
  quoteRefs: QuoteRef[]
}

export interface MatrixAxis extends Tally {
  /** A live term id, or '' for notes that recorded none. */
  id: string
}

export interface Matrix {
  /** Sorted by conversations, then people, most first. */
  problems: MatrixAxis[]
  targets: MatrixAxis[]
  /** Keyed by `cellKey(problem, target)`; only cells with at least one conversation. */
  cells: Map<string, MatrixCell>
  total: Tally
  /** The busiest cell's conversations, for shading. */
  maxConversations: number
}

export const cellKey = (problem: string, target: string): string => `${problem}\u0000${target}`

export function matchesFilter(row: NoteRow, filter: MatrixFilter): boolean {
  if (filter.campaignId && !row.campaignIds.includes(filter.campaignId)) return false
  if (filter.placeId && row.placeId !== filter.placeId) return false
  if (filter.from !== undefined && row.date < filter.from) return false
  if (filter.to !== undefined && row.date > filter.to) return false
  return true
}

/** Accumulates one tally: each note counts once however many cells it lands in. */
class Counter {
  /** Kept for cells only; rows and columns need just the counts. */
  readonly notes: NoteRow[] = []
  readonly #people = new Set<string>()
  conversations = 0
  quotes = 0
  objections = 0

  constructor(private readonly keepNotes = false) {}

  add(row: NoteRow): void {
    this.conversations++
    if (this.keepNotes) this.notes.push(row)
    if (row.contactIds.length === 0) this.#people.add(`note:${row.id}`)
    for (const id of row.contactIds) this.#people.add(id)
    this.quotes += row.quotes.length
    for (const quote of row.quotes) if (quote.isObjection) this.objections++
  }

  tally(): Tally {
    return {
      conversations: this.conversations,
      people: this.#people.size,
      quotes: this.quotes,
      objections: this.objections,
      objectionShare: this.quotes ? this.objections / this.quotes : null,
    }
  }
}

function counterIn(map: Map<string, Counter>, key: string, keepNotes = false): Counter {
  let counter = map.get(key)
  if (!counter) map.set(key, (counter = new Counter(keepNotes)))
  return counter
}

/** Resolving a term walks the root document; a matrix asks about the same few dozen ids thousands of times. */
function cached(resolve: (termId: string) => string): (termId: string) => string {
  const seen = new Map<string, string>()
  return (id) => {
    let live = seen.get(id)
    if (live === undefined) seen.set(id, (live = resolve(id)))
    return live
  }
}

const byWeight = (a: MatrixAxis, b: MatrixAxis): number => b.conversations - a.conversations || b.people - a.people || a.id.localeCompare(b.id)

function axis(counters: Map<string, Counter>): MatrixAxis[] {
  return [...counters].map(([id, c]) => ({ id, ...c.tally() })).sort(byWeight)
}

const newestFirst = (a: NoteRow, b: NoteRow): number => b.date - a.date || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** The distinct live problems of a note, or [''] when it names none. */
function problemsOf(row: NoteRow, resolve: (termId: string) => string): string[] {
  if (row.problems.length === 0) return ['']
  if (row.problems.length === 1) return [resolve(row.problems[0]!)]
  return [...new Set(row.problems.map(resolve))]
}

/**
 * Counts conversations per problem × target. `resolve` maps a stored term id to the live
 * term it was merged into (`termResolver(root)`), so merged terms fold into their survivor.
 */
export function buildMatrix(rows: readonly NoteRow[], resolveTerm: (termId: string) => string, filter: MatrixFilter = {}): Matrix {
  const resolve = cached(resolveTerm)
  // Sorted once, so every cell's notes come out newest first without sorting each cell.
  const kept = rows.filter((row) => matchesFilter(row, filter)).sort(newestFirst)
  const cells = new Map<string, Map<string, Counter>>()
  const problems = new Map<string, Counter>()
  const targets = new Map<string, Counter>()
  const total = new Counter()
  for (const row of kept) {
    const target = row.target ? resolve(row.target) : ''
    total.add(row)
    counterIn(targets, target).add(row)
    for (const problem of problemsOf(row, resolve)) {
      counterIn(problems, problem).add(row)
      let byTarget = cells.get(problem)
      if (!byTarget) cells.set(problem, (byTarget = new Map()))
      counterIn(byTarget, target, true).add(row)
    }
  }
  const out = new Map<string, MatrixCell>()
  let maxConversations = 0
  for (const [problem, byTarget] of cells) {
    for (const [target, counter] of byTarget) {
      const notes = counter.notes
      out.set(cellKey(problem, target), {
        problem,
        target,
        ...counter.tally(),
        noteIds: notes.map((n) => n.id),
        quoteRefs: notes.flatMap((n) => n.quotes.map((q) => ({ noteId: n.id, quoteId: q.id }))),
      })
      maxConversations = Math.max(maxConversations, notes.length)
    }
  }
  return { problems: axis(problems), targets: axis(targets), cells: out, total: total.tally(), maxConversations }
}
