import type { BaseRecord } from '../notebook/schema'
import type { Scalar } from '../notebook/scalar'

/** How the person felt about acting on the problem, from eager to hostile. */
export const STANCES = ['eager', 'supportive', 'unsure', 'opposed', 'hostile', 'unknown'] as const
export type Stance = (typeof STANCES)[number]

/** The kinds of conversation a note records; each is logged as that kind of interaction on the people it names. */
export const CONVERSATION_KINDS = ['doorKnock', 'oneToOne', 'picket', 'meeting'] as const
export type ConversationKind = (typeof CONVERSATION_KINDS)[number]

/** A quote marked in a note body: who said it and whether it may be used in public. */
export interface QuoteDoc {
  id: string
  text: string
  contactId: Scalar
  /** 'public' names the speaker, 'anonymous' never does, 'private' stays in the notebook. */
  use: Scalar
  attribution: string
  isObjection: boolean
  /** Automerge cursors on the first and last quoted characters of the body (see quoteAnchors.ts); absent on quotes marked before them. */
  from?: string
  to?: string
}

/** A social-investigation conversation note. `body` is rich text (block markers and marks). */
export interface NoteDoc extends BaseRecord {
  date: number
  placeId: Scalar
  unit: Scalar
  contactIds: Scalar[]
  campaignIds: Scalar[]
  problems: Scalar[]
  target: Scalar
  stance: Scalar
  /** A ConversationKind; absent means a door knock. */
  kind?: Scalar
  body: string
  quotes: Record<string, QuoteDoc>
  followUp: { due: number; what: string } | null
}
