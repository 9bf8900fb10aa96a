import type { BaseRecord } from '../notebook/schema'
import { scalar, str, type Scalar } from '../notebook/scalar'

export const ACTION_KINDS = ['speakOut', 'protest', 'delegation', 'petitionDrop', 'picket', 'other'] as const
export type ActionKind = (typeof ACTION_KINDS)[number]

export const ACTION_KIND_LABELS: Record<ActionKind, string> = {
  speakOut: 'Speak-out',
  protest: 'Protest',
  delegation: 'Delegation to the target',
  petitionDrop: 'Petition drop',
  picket: 'Picket',
  other: 'Other action',
}

/** Where each person on the call list stands, in order: on the list, asked, committed, came; or said no. */
export const ASK_STATES = ['listed', 'asked', 'committed', 'came', 'declined'] as const
export type AskState = (typeof ASK_STATES)[number]

export const ASK_LABELS: Record<AskState, string> = { listed: 'To ask', asked: 'Asked', committed: 'Committed', came: 'Came', declined: 'Said no' }

/** One person on an action's call list: a key per person (`ask:<contactId>`), so callers on two devices never clash. */
export interface AskDoc {
  state: Scalar
  at: number
  by?: Scalar
  /** Came for the first time: never at a meeting or an action before. */
  firstTime?: boolean
}

export const ASK_KEY = 'ask:'
export type AskKey = `ask:${string}`

/** A call to action. It lives in the meetings shards (both are gatherings with a date, place and campaign), marked `what: 'action'`. */
export interface ActionDoc extends BaseRecord {
  what: Scalar
  title: Scalar
  kind: Scalar
  date: number
  placeId?: Scalar
  target?: Scalar
  campaignId?: Scalar
  /** When follow-up calls were scheduled for everyone who came. */
  followUpsAt?: number
  [ask: AskKey]: AskDoc
}

export interface Ask {
  contactId: string
  state: AskState
  at: number
  by: string
  firstTime: boolean
}

export interface Action {
  id: string
  createdAt: number
  updatedAt: number
  title: string
  kind: ActionKind
  date: number
  placeId: string
  target: string
  campaignId: string
  followUpsAt: number
  asks: Ask[]
}

export const isActionRecord = (record: object): boolean => str((record as { what?: unknown }).what) === 'action'
export const ACTION_MARK = () => scalar('action')

const oneOf = <T extends string>(values: readonly T[], value: string, fallback: T): T => ((values as readonly string[]).includes(value) ? (value as T) : fallback)

export function asksOf(record: object): Ask[] {
  const asks: Ask[] = []
  for (const [key, value] of Object.entries(record)) {
    if (!key.startsWith(ASK_KEY)) continue
    const a = value as AskDoc
    asks.push({ contactId: key.slice(ASK_KEY.length), state: oneOf(ASK_STATES, str(a.state), 'listed'), at: typeof a.at === 'number' ? a.at : 0, by: str(a.by), firstTime: a.firstTime === true })
  }
  return asks.sort((a, b) => (a.contactId < b.contactId ? -1 : 1))
}

export function readAction(doc: ActionDoc): Action {
  return {
    id: doc.id,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    title: str(doc.title),
    kind: oneOf(ACTION_KINDS, str(doc.kind), 'other'),
    date: typeof doc.date === 'number' ? doc.date : doc.createdAt,
    placeId: str(doc.placeId),
    target: str(doc.target),
    campaignId: str(doc.campaignId),
    followUpsAt: doc.followUpsAt ?? 0,
    asks: asksOf(doc),
  }
}
