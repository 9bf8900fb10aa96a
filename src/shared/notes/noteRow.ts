import { str, strs } from '../notebook/scalar'
import { plainText } from '../richtext/plainText'
import type { NoteDoc, QuoteDoc } from './note'

export const QUOTE_USES = ['public', 'anonymous', 'private'] as const
export type QuoteUse = (typeof QUOTE_USES)[number]

export interface QuoteRow {
  id: string
  text: string
  /** The contact who said it, or '' for someone unnamed. */
  contactId: string
  use: QuoteUse
  attribution: string
  isObjection: boolean
}

/** The compact projection of a conversation note that lists, the matrix and backlinks use. */
export interface NoteRow {
  id: string
  date: number
  placeId: string
  unit: string
  contactIds: string[]
  campaignIds: string[]
  /** Problem term ids as stored; resolve merges with `termResolver`. */
  problems: string[]
  /** Target term id, or ''. */
  target: string
  stance: string
  /** The start of the body as plain text. */
  preview: string
  quotes: QuoteRow[]
  followUp: { due: number; what: string } | null
  updatedAt: number
}

const PREVIEW_CHARS = 240

function quoteRow(quote: QuoteDoc): QuoteRow {
  const use = str(quote.use)
  return {
    id: quote.id,
    text: typeof quote.text === 'string' ? quote.text : '',
    contactId: str(quote.contactId),
    use: (QUOTE_USES as readonly string[]).includes(use) ? (use as QuoteUse) : 'private',
    attribution: typeof quote.attribution === 'string' ? quote.attribution : '',
    isObjection: quote.isObjection === true,
  }
}

const isQuote = (value: unknown): value is QuoteDoc => typeof value === 'object' && value !== null && typeof (value as QuoteDoc).id === 'string'

/** Records are sparse: a note may lack any field but its id and timestamps (and a peer's may hold the wrong shape). */
export function noteRow(doc: Partial<NoteDoc> & Pick<NoteDoc, 'id' | 'createdAt' | 'updatedAt'>): NoteRow {
  return {
    id: doc.id,
    date: typeof doc.date === 'number' ? doc.date : doc.createdAt,
    placeId: str(doc.placeId),
    unit: str(doc.unit),
    contactIds: strs(doc.contactIds),
    campaignIds: strs(doc.campaignIds),
    problems: strs(doc.problems),
    target: str(doc.target),
    stance: str(doc.stance) || 'unknown',
    preview: plainText(typeof doc.body === 'string' ? doc.body : '').slice(0, PREVIEW_CHARS),
    quotes: Object.values(typeof doc.quotes === 'object' && doc.quotes !== null ? doc.quotes : {}).filter(isQuote).map(quoteRow),
    followUp: typeof doc.followUp?.due === 'number' ? { due: doc.followUp.due, what: typeof doc.followUp.what === 'string' ? doc.followUp.what : '' } : null,
    updatedAt: doc.updatedAt,
  }
}
