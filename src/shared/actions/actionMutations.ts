import { recordIn } from '../notebook/recordIn'
import { scalar } from '../notebook/scalar'
import type { ShardDoc } from '../notebook/schema'
import { ACTION_KINDS, ACTION_MARK, ASK_KEY, ASK_STATES, type ActionDoc, type AskDoc, type AskKey, type AskState } from './action'

type Shard = ShardDoc<ActionDoc>

export interface ActionInput {
  title: string
  kind: string
  date: number
  placeId?: string
  target?: string
  campaignId?: string
}

const askKey = (contactId: string): AskKey => `${ASK_KEY}${contactId}`

export function newActionDoc(id: string, input: ActionInput, now: number): ActionDoc {
  if (!input.title.trim()) throw new Error('An action needs a name')
  if (!(ACTION_KINDS as readonly string[]).includes(input.kind)) throw new Error(`Unknown kind of action “${input.kind}”`)
  if (!Number.isFinite(input.date)) throw new Error('An action needs a date')
  const doc: ActionDoc = { id, createdAt: now, updatedAt: now, what: ACTION_MARK(), title: scalar(input.title.trim()), kind: scalar(input.kind), date: input.date }
  for (const field of ['placeId', 'target', 'campaignId'] as const) {
    const value = input[field]?.trim()
    if (value) doc[field] = scalar(value)
  }
  return doc
}

/** Puts people on the call list (those already on it keep where they stand). */
export function addToCallList(shard: Shard, id: string, contactIds: readonly string[], now: number): number {
  const action = recordIn(shard, id, 'action')
  let added = 0
  for (const contactId of contactIds) {
    if (action[askKey(contactId)]) continue
    action[askKey(contactId)] = { state: scalar('listed'), at: now }
    added++
  }
  action.updatedAt = now
  return added
}

/** Moves a person on the list to a state (asked, committed, came, said no). */
export function setAsk(shard: Shard, id: string, contactId: string, state: AskState, entry: { by?: string; firstTime?: boolean }, now: number): void {
  const action = recordIn(shard, id, 'action')
  if (!(ASK_STATES as readonly string[]).includes(state)) throw new Error(`Unknown state “${state}”`)
  const doc: AskDoc = { state: scalar(state), at: now }
  if (entry.by?.trim()) doc.by = scalar(entry.by.trim())
  if (state === 'came' && entry.firstTime) doc.firstTime = true
  action[askKey(contactId)] = doc
  action.updatedAt = now
}

export function markFollowUpsScheduled(shard: Shard, id: string, now: number): void {
  const action = recordIn(shard, id, 'action')
  action.followUpsAt = now
  action.updatedAt = now
}
