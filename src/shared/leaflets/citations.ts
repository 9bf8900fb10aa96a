import { scalar, str, type Scalar } from '../notebook/scalar'
import type { QuoteRow, QuoteUse } from '../notes/noteRow'

/**
 * What a leaflet cites from the conversations, and under what consent. Each citation is
 * its own `cite:<quoteId>` key on the leaflet document (two devices citing different quotes
 * never touch the same map), written when the quote is inserted.
 */
export interface CitationDoc {
  noteId: Scalar
  /** The quote's use when it was cited: 'public' (named) or 'anonymous'. */
  use: Scalar
  /** The words printed after the quote: a name, or a description that names no one. */
  attribution: Scalar
  at: number
}

export interface Citation {
  quoteId: string
  noteId: string
  use: 'public' | 'anonymous'
  attribution: string
  at: number
}

type CiteKey = `cite:${string}`
export const citeKey = (quoteId: string): CiteKey => `cite:${quoteId}`

export function listCitations(doc: object): Citation[] {
  return Object.entries(doc)
    .filter(([key, value]) => key.startsWith('cite:') && value)
    .map(([key, value]) => {
      const c = value as CitationDoc
      return { quoteId: key.slice(5), noteId: str(c.noteId), use: str(c.use) === 'public' ? 'public' : 'anonymous', attribution: str(c.attribution), at: c.at ?? 0 }
    })
}

export function recordCitation(doc: object, citation: Citation): void {
  ;(doc as Record<CiteKey, CitationDoc>)[citeKey(citation.quoteId)] = {
    noteId: scalar(citation.noteId),
    use: scalar(citation.use),
    attribution: scalar(citation.attribution),
    at: citation.at,
  }
}

export function dropCitation(doc: object, quoteId: string): void {
  delete (doc as Record<CiteKey, CitationDoc>)[citeKey(quoteId)]
}

/** Where the quote was said, for the anonymous description. */
export interface QuoteSetting {
  /** The place's kind ('building', 'workplace') or '' when the note has no place. */
  placeKind: string
  unit: string
}

const ordinal = (n: number): string => {
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

/** The floor a flat number says ("4B" and "402" are on the 4th floor), or null when it says none. */
export function floorOf(unit: string): number | null {
  const digits = /^\D{0,6}?(\d{1,4})/.exec(unit.trim())?.[1]
  if (!digits) return null
  return digits.length >= 3 ? Number(digits.slice(0, -2)) : Number(digits)
}

/**
 * Describes a speaker without naming them: "a tenant on the 4th floor", "a worker in
 * shipping". Only the place's kind and the unit are used, never a name or a flat number.
 */
export function anonymousAttribution({ placeKind, unit }: QuoteSetting): string {
  if (placeKind === 'workplace') return unit.trim() ? `a worker in ${unit.trim().toLocaleLowerCase()}` : 'a worker'
  if (placeKind === 'building') {
    const floor = floorOf(unit)
    if (floor === null) return 'a tenant in the building'
    return floor === 0 ? 'a tenant on the ground floor' : `a tenant on the ${ordinal(floor)} floor`
  }
  return 'someone we spoke with'
}

export type CitePlan = { ok: true; citation: Citation; text: string } | { ok: false; reason: string }

/**
 * How a quote goes into a leaflet: public quotes carry their attribution (the one typed on
 * the quote, else the contact's name), anonymous ones a description that names no one,
 * private ones not at all.
 */
export function planCitation(noteId: string, quote: QuoteRow, setting: QuoteSetting, speakerName: string, now: number): CitePlan {
  if (quote.use === 'private') return { ok: false, reason: 'This quote is private: it stays in the notebook and cannot go on a leaflet.' }
  const named = quote.use === 'public' ? quote.attribution.trim() || speakerName.trim() : ''
  const use = quote.use === 'public' && named ? 'public' : 'anonymous'
  const attribution = use === 'public' ? named : anonymousAttribution(setting)
  return { ok: true, citation: { quoteId: quote.id, noteId, use, attribution, at: now }, text: quoteText(quote.text, attribution) }
}

export const quoteText = (words: string, attribution: string): string => `“${words.trim().replace(/^[“"]+|[”"]+$/g, '')}” — ${attribution}`

export type ConsentProblem =
  | { kind: 'gone'; citation: Citation; message: string }
  | { kind: 'private'; citation: Citation; message: string }
  | { kind: 'anonymous'; citation: Citation; message: string }

/**
 * Citations whose consent no longer holds: the quote was deleted, made private, or made
 * anonymous after being printed with a name. Only quotes still in the leaflet count.
 */
export function consentProblems(citations: readonly Citation[], inLeaflet: ReadonlySet<string>, quoteOf: (noteId: string, quoteId: string) => QuoteRow | undefined): ConsentProblem[] {
  const problems: ConsentProblem[] = []
  for (const citation of citations) {
    if (!inLeaflet.has(citation.quoteId)) continue
    const now: QuoteUse | undefined = quoteOf(citation.noteId, citation.quoteId)?.use
    if (now === undefined) problems.push({ kind: 'gone', citation, message: 'This quote was deleted from its conversation.' })
    else if (now === 'private') problems.push({ kind: 'private', citation, message: 'This quote was made private after it was cited: it must come out of the leaflet.' })
    else if (now === 'anonymous' && citation.use === 'public') problems.push({ kind: 'anonymous', citation, message: `This quote was cited by name (${citation.attribution}) but is now to be used anonymously.` })
  }
  return problems
}
