import type { BaseRecord } from '../notebook/schema'
import { str, type Scalar } from '../notebook/scalar'

export const TASK_STATUSES = ['open', 'done', 'dropped'] as const
export type TaskStatus = (typeof TASK_STATUSES)[number]

/**
 * A task that can be completed start to finish, with one person responsible (its owner, a
 * contact) and the comrade who does it with them (the buddy, by name, as a contact's `owner`).
 */
export interface TaskDoc extends BaseRecord {
  title: Scalar
  /** The contact who does it. */
  contactId?: Scalar
  buddy?: Scalar
  due?: number
  campaignId?: Scalar
  /** Where it was given out: a meeting, an action, a team. */
  meetingId?: Scalar
  teamId?: Scalar
  status?: Scalar
  /** Prose: how it went (done) or why not (dropped). */
  closedNote?: string
  closedAt?: number
}

export interface Task {
  id: string
  createdAt: number
  updatedAt: number
  title: string
  contactId: string
  buddy: string
  /** 0 when no date was set. */
  due: number
  campaignId: string
  meetingId: string
  teamId: string
  status: TaskStatus
  closedNote: string
  closedAt: number
}

export function readTask(doc: TaskDoc): Task {
  const status = str(doc.status)
  return {
    id: doc.id,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    title: str(doc.title),
    contactId: str(doc.contactId),
    buddy: str(doc.buddy),
    due: typeof doc.due === 'number' ? doc.due : 0,
    campaignId: str(doc.campaignId),
    meetingId: str(doc.meetingId),
    teamId: str(doc.teamId),
    status: (TASK_STATUSES as readonly string[]).includes(status) ? (status as TaskStatus) : 'open',
    closedNote: str(doc.closedNote),
    closedAt: doc.closedAt ?? 0,
  }
}
