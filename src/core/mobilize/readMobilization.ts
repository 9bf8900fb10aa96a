import { isActionRecord, readAction, type Action, type ActionDoc } from '../../shared/actions/action'
import { isMeetingRecord, readMeeting, type Meeting, type MeetingDoc } from '../../shared/meetings/meeting'
import { readTask, type Task, type TaskDoc } from '../../shared/tasks/task'
import { allRecords } from '../contacts/readAll'
import type { Notebook } from '../notebook/Notebook'

/** Meetings, newest first. */
export async function listMeetings(notebook: Notebook): Promise<Meeting[]> {
  const records = await allRecords<MeetingDoc>(notebook, 'meetings')
  return records.filter(isMeetingRecord).map(readMeeting).sort((a, b) => b.date - a.date || (a.id < b.id ? -1 : 1))
}

/** Actions (stored in the meetings shards), newest first. */
export async function listActions(notebook: Notebook): Promise<Action[]> {
  const records = await allRecords<MeetingDoc>(notebook, 'meetings')
  return records.filter(isActionRecord).map((r) => readAction(r as unknown as ActionDoc)).sort((a, b) => b.date - a.date || (a.id < b.id ? -1 : 1))
}

export async function listTasks(notebook: Notebook): Promise<Task[]> {
  return (await allRecords<TaskDoc>(notebook, 'tasks')).map(readTask)
}

/** One record by id (a unique prefix will do, as ids are long), or a clear error. */
export function byId<T extends { id: string }>(list: readonly T[], id: string, noun: string): T {
  const exact = list.find((x) => x.id === id)
  if (exact) return exact
  const prefixed = list.filter((x) => x.id.startsWith(id))
  if (prefixed.length === 1) return prefixed[0]!
  throw new Error(prefixed.length ? `“${id}” starts the ids of ${prefixed.length} ${noun}s: give more of it` : `This notebook has no ${noun} with the id “${id}”`)
}
