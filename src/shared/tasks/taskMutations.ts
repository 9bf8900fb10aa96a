import { updateText } from '@automerge/automerge'
import { recordIn } from '../notebook/recordIn'
import { scalar } from '../notebook/scalar'
import type { ShardDoc } from '../notebook/schema'
import type { TaskDoc } from './task'

export interface TaskInput {
  title: string
  contactId?: string
  buddy?: string
  due?: number
  campaignId?: string
  meetingId?: string
  teamId?: string
}

/** A new open task (sparse: only the fields given). Bad input throws. */
export function newTaskDoc(id: string, input: TaskInput, now: number): TaskDoc {
  if (!input.title.trim()) throw new Error('A task needs to say what is to be done')
  if (input.due !== undefined && !Number.isFinite(input.due)) throw new Error('That due date is not a date')
  const doc: TaskDoc = { id, createdAt: now, updatedAt: now, title: scalar(input.title.trim()) }
  for (const field of ['contactId', 'buddy', 'campaignId', 'meetingId', 'teamId'] as const) {
    const value = input[field]?.trim()
    if (value) doc[field] = scalar(value)
  }
  if (input.due) doc.due = input.due
  return doc
}

export function putNewTask(shard: ShardDoc<TaskDoc>, id: string, input: TaskInput, now: number): void {
  shard.records[id] = newTaskDoc(id, input, now)
}

/** Done or dropped, each with a note saying how it went or why; reopening clears both. */
export function closeTask(shard: ShardDoc<TaskDoc>, id: string, status: 'done' | 'dropped' | 'open', note: string, now: number): void {
  const task = recordIn(shard, id, 'task')
  if (status === 'open') {
    delete task.status
    delete task.closedAt
    delete task.closedNote
  } else {
    if (!note.trim()) throw new Error(status === 'done' ? 'Say how it went: a task is closed with a note' : 'Say why it was dropped: a task is closed with a note')
    task.status = scalar(status)
    task.closedAt = now
    if (task.closedNote === undefined) task.closedNote = note.trim()
    else updateText(shard, ['records', id, 'closedNote'], note.trim())
  }
  task.updatedAt = now
}
