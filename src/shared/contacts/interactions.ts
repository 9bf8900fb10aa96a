import type { Scalar } from '../notebook/scalar'
import { scalar, str } from '../notebook/scalar'
import { byTimeThenId } from './levels'

export const INTERACTION_KINDS = ['doorKnock', 'call', 'text', 'oneToOne', 'picket', 'meeting', 'event'] as const
export type InteractionKind = (typeof INTERACTION_KINDS)[number]

/** In the order of the one-key outcome keys 1–5. */
export const OUTCOMES = ['reached', 'noAnswer', 'leftMessage', 'wrongNumber', 'notInterested'] as const
export type Outcome = (typeof OUTCOMES)[number]

export const KIND_LABELS: Record<InteractionKind, string> = {
  doorKnock: 'Door knock',
  call: 'Call',
  text: 'Text',
  oneToOne: 'One-to-one',
  picket: 'Picket line',
  meeting: 'Meeting',
  event: 'Event',
}

export const OUTCOME_LABELS: Record<Outcome, string> = {
  reached: 'Reached',
  noAnswer: 'No answer',
  leftMessage: 'Left message',
  wrongNumber: 'Wrong number',
  notInterested: 'Not interested',
}

/** A follow-up promised during an interaction ("I'll call you Thursday"). */
export interface PromiseDoc {
  due: number
  what?: Scalar
}

/** One entry of a contact's interaction log: a key of its own on the record (`log:<new id>`), so concurrent logs both survive. */
export interface InteractionDoc {
  kind: Scalar
  at: number
  outcome: Scalar
  minutes?: number
  by?: Scalar
  campaignId?: Scalar
  /** Prose: collaborative text. */
  note?: string
  promise?: PromiseDoc
}

export const LOG_KEY = 'log:'
export type LogKey = `log:${string}`

export interface Interaction {
  id: string
  kind: InteractionKind
  at: number
  outcome: Outcome
  minutes: number
  by: string
  campaignId: string
  note: string
  promise: { due: number; what: string } | null
}

export type InteractionInput = Pick<Interaction, 'kind' | 'at' | 'outcome'> & Partial<Omit<Interaction, 'id' | 'kind' | 'at' | 'outcome'>>

export function newInteractionDoc(input: InteractionInput): InteractionDoc {
  const doc: InteractionDoc = { kind: scalar(input.kind), at: input.at, outcome: scalar(input.outcome) }
  if (input.minutes) doc.minutes = input.minutes
  if (input.by?.trim()) doc.by = scalar(input.by.trim())
  if (input.campaignId) doc.campaignId = scalar(input.campaignId)
  if (input.note?.trim()) doc.note = input.note.trim()
  if (input.promise) {
    doc.promise = { due: input.promise.due }
    if (input.promise.what.trim()) doc.promise.what = scalar(input.promise.what.trim())
  }
  return doc
}

const oneOf = <T extends string>(values: readonly T[], value: string, fallback: T): T =>
  (values as readonly string[]).includes(value) ? (value as T) : fallback

export function readInteraction(id: string, doc: InteractionDoc): Interaction {
  return {
    id,
    kind: oneOf(INTERACTION_KINDS, str(doc.kind), 'call'),
    at: doc.at,
    outcome: oneOf(OUTCOMES, str(doc.outcome), 'reached'),
    minutes: doc.minutes ?? 0,
    by: str(doc.by),
    campaignId: str(doc.campaignId),
    note: str(doc.note),
    promise: doc.promise ? { due: doc.promise.due, what: str(doc.promise.what) } : null,
  }
}

/** The log, oldest first (by time, then id, so every device orders it alike). */
export function interactionLog(record: object): Interaction[] {
  const log: Interaction[] = []
  for (const [key, value] of Object.entries(record)) {
    if (key.startsWith(LOG_KEY)) log.push(readInteraction(key.slice(LOG_KEY.length), value as InteractionDoc))
  }
  return log.sort(byTimeThenId)
}
