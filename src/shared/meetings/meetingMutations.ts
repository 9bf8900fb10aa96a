import { updateText } from '@automerge/automerge'
import { newId } from '../ids'
import { recordIn } from '../notebook/recordIn'
import { scalar, str } from '../notebook/scalar'
import type { ShardDoc } from '../notebook/schema'
import { checkMinutes, isPartKind, newPartDoc, PART_KEY, readAgenda, type AgendaPartTemplate, type PartKey } from './agenda'
import { SIGN_IN_KEY, type MeetingDoc, type SignInDoc, type SignInKey } from './meeting'

/** Mutations that run inside `handle.change` on the meeting's shard. Bad input throws before anything is written. */
type Shard = ShardDoc<MeetingDoc>

export interface MeetingInput {
  title: string
  date: number
  placeId?: string
  campaignId?: string
  facilitators?: string[]
}

const partKey = (id: string): PartKey => `${PART_KEY}${id}`
const signInKey = (contactId: string): SignInKey => `${SIGN_IN_KEY}${contactId}`
const clean = (values: readonly string[] = []) => [...new Set(values.map((v) => v.trim()).filter(Boolean))]

/** A new meeting with its agenda built from a template (the notebook's, or the default). */
export function newMeetingDoc(id: string, input: MeetingInput, agenda: readonly AgendaPartTemplate[], now: number, partId: () => string = newId): MeetingDoc {
  if (!input.title.trim()) throw new Error('A meeting needs a title')
  if (!Number.isFinite(input.date)) throw new Error('A meeting needs a date')
  const doc: MeetingDoc = { id, createdAt: now, updatedAt: now, title: scalar(input.title.trim()), date: input.date }
  if (input.placeId) doc.placeId = scalar(input.placeId)
  if (input.campaignId) doc.campaignId = scalar(input.campaignId)
  const facilitators = clean(input.facilitators)
  if (facilitators.length) doc.facilitators = facilitators.map(scalar)
  agenda.forEach((part, i) => (doc[partKey(partId())] = newPartDoc(part, i + 1)))
  return doc
}

export function setMeetingDetails(shard: Shard, id: string, patch: Partial<MeetingInput>, now: number): void {
  const meeting = recordIn(shard, id, 'meeting')
  if (patch.title !== undefined) {
    if (!patch.title.trim()) throw new Error('A meeting needs a title')
    meeting.title = scalar(patch.title.trim())
  }
  if (patch.date !== undefined) {
    if (!Number.isFinite(patch.date)) throw new Error('A meeting needs a date')
    meeting.date = patch.date
  }
  for (const field of ['placeId', 'campaignId'] as const) {
    const value = patch[field]
    if (value === undefined) continue
    if (value) meeting[field] = scalar(value)
    else delete meeting[field]
  }
  if (patch.facilitators) {
    const names = clean(patch.facilitators)
    if (names.length) meeting.facilitators = names.map(scalar)
    else delete meeting.facilitators
  }
  meeting.updatedAt = now
}

function partOf(meeting: MeetingDoc, partId: string) {
  const part = meeting[partKey(partId)]
  if (!part) throw new Error(`This meeting has no agenda part ${partId}`)
  return part
}

export interface PartPatch {
  title?: string
  kind?: string
  minutes?: number
  leader?: string
  notes?: string
}

export function editPart(shard: Shard, id: string, partId: string, patch: PartPatch, now: number): void {
  const meeting = recordIn(shard, id, 'meeting')
  const part = partOf(meeting, partId)
  if (patch.title !== undefined && !patch.title.trim()) throw new Error('An agenda part needs a title')
  if (patch.kind !== undefined && !isPartKind(patch.kind)) throw new Error(`Unknown kind of agenda part “${patch.kind}”`)
  if (patch.minutes !== undefined) part.minutes = checkMinutes(patch.minutes)
  if (patch.title !== undefined) part.title = scalar(patch.title.trim())
  if (patch.kind !== undefined) part.kind = scalar(patch.kind)
  if (patch.leader !== undefined) {
    if (patch.leader.trim()) part.leader = scalar(patch.leader.trim())
    else delete part.leader
  }
  if (patch.notes !== undefined) {
    if (part.notes === undefined) part.notes = patch.notes
    else updateText(shard, ['records', id, partKey(partId), 'notes'], patch.notes)
  }
  meeting.updatedAt = now
}

/** Adds a part at the end of the agenda; returns its id. */
export function addPart(shard: Shard, id: string, part: AgendaPartTemplate, now: number, partId = newId()): string {
  const meeting = recordIn(shard, id, 'meeting')
  const last = readAgenda(meeting).at(-1)
  meeting[partKey(partId)] = newPartDoc(part, (last?.order ?? 0) + 1)
  meeting.updatedAt = now
  return partId
}

export function removePart(shard: Shard, id: string, partId: string, now: number): void {
  const meeting = recordIn(shard, id, 'meeting')
  partOf(meeting, partId)
  delete meeting[partKey(partId)]
  if (str(meeting.runPart) === partId) delete meeting.runPart
  meeting.updatedAt = now
}

/** Moves a part one place up (-1) or down (+1): it takes an order between its new neighbours. */
export function movePart(shard: Shard, id: string, partId: string, step: -1 | 1, now: number): void {
  const meeting = recordIn(shard, id, 'meeting')
  const parts = readAgenda(meeting)
  const at = parts.findIndex((p) => p.id === partId)
  if (at < 0) throw new Error(`This meeting has no agenda part ${partId}`)
  const to = at + step
  if (to < 0 || to >= parts.length) return
  const rest = parts.filter((p) => p.id !== partId)
  const before = rest[to - 1]?.order ?? rest[0]!.order - 1
  const after = rest[to]?.order ?? rest.at(-1)!.order + 1
  partOf(meeting, partId).order = (before + after) / 2
  meeting.updatedAt = now
}

/** Starts the run sheet on a part (the first when none is given), or moves it on to the next; null ends the meeting's run. */
export function runPart(shard: Shard, id: string, partId: string | null, now: number): void {
  const meeting = recordIn(shard, id, 'meeting')
  if (partId === null) {
    delete meeting.runPart
    delete meeting.runSince
  } else {
    partOf(meeting, partId)
    meeting.runPart = scalar(partId)
    meeting.runSince = now
  }
  meeting.updatedAt = now
}

/** Signs a person in (again: keeps the first time and flags). */
export function signIn(shard: Shard, id: string, contactId: string, entry: { at: number; firstTime: boolean }, now: number): void {
  const meeting = recordIn(shard, id, 'meeting')
  if (!contactId) throw new Error('Sign in whom?')
  if (!meeting[signInKey(contactId)]) {
    const doc: SignInDoc = { at: entry.at }
    if (entry.firstTime) doc.firstTime = true
    meeting[signInKey(contactId)] = doc
  }
  meeting.updatedAt = now
}

export function removeSignIn(shard: Shard, id: string, contactId: string, now: number): void {
  const meeting = recordIn(shard, id, 'meeting')
  delete meeting[signInKey(contactId)]
  meeting.updatedAt = now
}

/** Ticks apparel or a contribution for someone who signed in. */
export function markSignIn(shard: Shard, id: string, contactId: string, field: 'apparel' | 'contributed', value: boolean, now: number): void {
  const meeting = recordIn(shard, id, 'meeting')
  const entry = meeting[signInKey(contactId)]
  if (!entry) throw new Error('That person has not signed in')
  if (value) entry[field] = true
  else delete entry[field]
  meeting.updatedAt = now
}
