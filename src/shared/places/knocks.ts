import { byTimeThenId } from '../contacts/levels'
import { scalar, str, type Scalar } from '../notebook/scalar'

/** In the order of the one-key outcome keys 1–5 on the knock sheet. */
export const KNOCK_OUTCOMES = ['notHome', 'refused', 'conversation', 'contact', 'movedOut'] as const
export type KnockOutcome = (typeof KNOCK_OUTCOMES)[number]

export const KNOCK_LABELS: Record<KnockOutcome, string> = {
  notHome: 'Not home',
  refused: 'Refused',
  conversation: 'Conversation',
  contact: 'Contact made',
  movedOut: 'Moved out',
}

/** Outcomes where someone talked with us. */
export const TALKED: ReadonlySet<KnockOutcome> = new Set(['conversation', 'contact'])

export const KNOCK_KEY = 'knock:'
export type KnockKey = `knock:${string}`

/** One knock at one unit, stored under a `knock:<id>` key on the place record. */
export interface KnockDoc {
  unit: Scalar
  outcome: Scalar
  at: number
  by?: Scalar
  /** The conversation note it led to. */
  noteId?: Scalar
}

export interface Knock {
  id: string
  unit: string
  outcome: KnockOutcome
  at: number
  by: string
  noteId: string
}

export type KnockInput = Pick<Knock, 'unit' | 'outcome' | 'at'> & Partial<Pick<Knock, 'by' | 'noteId'>>

export function isKnockOutcome(value: string): value is KnockOutcome {
  return (KNOCK_OUTCOMES as readonly string[]).includes(value)
}

export function newKnockDoc(input: KnockInput): KnockDoc {
  if (!input.unit.trim()) throw new Error('A knock needs a unit')
  if (!isKnockOutcome(input.outcome)) throw new Error(`“${input.outcome}” is not a knock outcome`)
  if (!Number.isFinite(input.at) || input.at <= 0) throw new Error('A knock needs the time it happened')
  const doc: KnockDoc = { unit: scalar(input.unit.trim()), outcome: scalar(input.outcome), at: input.at }
  if (input.by?.trim()) doc.by = scalar(input.by.trim())
  if (input.noteId?.trim()) doc.noteId = scalar(input.noteId.trim())
  return doc
}

export function readKnock(id: string, doc: KnockDoc): Knock {
  const outcome = str(doc.outcome)
  return {
    id,
    unit: str(doc.unit),
    // An outcome this version does not know still counts as a knock.
    outcome: isKnockOutcome(outcome) ? outcome : 'notHome',
    at: doc.at ?? 0,
    by: str(doc.by),
    noteId: str(doc.noteId),
  }
}

/** Every knock on a place record, oldest first (by time, then id, so every device orders them alike). */
export function knockLog(record: object): Knock[] {
  const knocks: Knock[] = []
  for (const [key, value] of Object.entries(record)) {
    if (key.startsWith(KNOCK_KEY) && value) knocks.push(readKnock(key.slice(KNOCK_KEY.length), value as KnockDoc))
  }
  return knocks.sort(byTimeThenId)
}
