import type { BaseRecord } from '../notebook/schema'
import { str, strs, type Scalar } from '../notebook/scalar'
import { readAgenda, type AgendaPart, type AgendaPartDoc, type PartKey } from './agenda'

/**
 * Someone who signed in: one key per person on the meeting (`signin:<contactId>`), so two
 * devices signing people in at once keep everyone, and signing one person in twice is one entry.
 */
export interface SignInDoc {
  at: number
  /** Never at a meeting or action before: to the orientation part. */
  firstTime?: boolean
  apparel?: boolean
  contributed?: boolean
}

export const SIGN_IN_KEY = 'signin:'
export type SignInKey = `signin:${string}`

/** A mass meeting. Stored in the `meetings` shards, as are actions (which carry `what: 'action'`). */
export interface MeetingDoc extends BaseRecord {
  title?: Scalar
  date: number
  placeId?: Scalar
  campaignId?: Scalar
  /** Comrades' names. */
  facilitators?: Scalar[]
  /** The run sheet: the part under way and since when. */
  runPart?: Scalar
  runSince?: number
  [part: PartKey]: AgendaPartDoc
  [signIn: SignInKey]: SignInDoc
}

export interface SignIn {
  contactId: string
  at: number
  firstTime: boolean
  apparel: boolean
  contributed: boolean
}

export interface Meeting {
  id: string
  createdAt: number
  updatedAt: number
  title: string
  date: number
  placeId: string
  campaignId: string
  facilitators: string[]
  agenda: AgendaPart[]
  signIns: SignIn[]
  runPart: string
  runSince: number
}

/** Gatherings in the meetings shards: a record with `what: 'action'` is an action, anything else a meeting. */
export function isMeetingRecord(record: object): boolean {
  return str((record as { what?: unknown }).what) !== 'action'
}

export function signInsOf(record: object): SignIn[] {
  const list: SignIn[] = []
  for (const [key, value] of Object.entries(record)) {
    if (!key.startsWith(SIGN_IN_KEY)) continue
    const s = value as SignInDoc
    list.push({ contactId: key.slice(SIGN_IN_KEY.length), at: typeof s.at === 'number' ? s.at : 0, firstTime: s.firstTime === true, apparel: s.apparel === true, contributed: s.contributed === true })
  }
  return list.sort((a, b) => a.at - b.at || (a.contactId < b.contactId ? -1 : 1))
}

export function readMeeting(doc: MeetingDoc): Meeting {
  return {
    id: doc.id,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    title: str(doc.title),
    date: typeof doc.date === 'number' ? doc.date : doc.createdAt,
    placeId: str(doc.placeId),
    campaignId: str(doc.campaignId),
    facilitators: strs(doc.facilitators),
    agenda: readAgenda(doc),
    signIns: signInsOf(doc),
    runPart: str(doc.runPart),
    runSince: doc.runSince ?? 0,
  }
}
