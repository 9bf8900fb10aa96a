import type { ContactDoc } from '../contacts/contact'
import { interactionLog, LOG_KEY, newInteractionDoc, type LogKey } from '../contacts/interactions'
import { recordIn } from '../notebook/recordIn'
import type { ShardDoc } from '../notebook/schema'

/** Meetings and actions a person came to, as the entries of their log (one per gathering, so signing in twice is one entry). */
export const attendanceLogKey = (gathering: 'meeting' | 'action', id: string): LogKey => `${LOG_KEY}${gathering}-${id}`

export interface Attendance {
  gathering: 'meeting' | 'action'
  id: string
  at: number
  campaignId: string
  by?: string
  /** A follow-up call to make (scheduled for everyone who came to an action). */
  promise?: { due: number; what: string }
}

/** Writes (or rewrites) the attendance entry in a contact's log; call inside a change of the contact's shard. */
export function logAttendance(shard: ShardDoc<ContactDoc>, contactId: string, attendance: Attendance, now: number): void {
  const contact = recordIn(shard, contactId, 'contact')
  contact[attendanceLogKey(attendance.gathering, attendance.id)] = newInteractionDoc({
    kind: attendance.gathering === 'meeting' ? 'meeting' : 'event',
    at: attendance.at,
    outcome: 'reached',
    campaignId: attendance.campaignId,
    ...(attendance.by ? { by: attendance.by } : {}),
    ...(attendance.promise ? { promise: attendance.promise } : {}),
  })
  contact.updatedAt = now
}

export function unlogAttendance(shard: ShardDoc<ContactDoc>, contactId: string, gathering: 'meeting' | 'action', id: string, now: number): void {
  const contact = shard.records[contactId]
  if (!contact?.[attendanceLogKey(gathering, id)]) return
  delete contact[attendanceLogKey(gathering, id)]
  contact.updatedAt = now
}

/** Never at a meeting or an action before this one: a first-timer, for the orientation part. */
export function isFirstTimer(contact: object | undefined, gathering: 'meeting' | 'action', id: string): boolean {
  if (!contact) return true
  const own = attendanceLogKey(gathering, id).slice(LOG_KEY.length)
  return !interactionLog(contact).some((i) => i.id !== own && (i.kind === 'meeting' || i.kind === 'event'))
}
