import type { Action } from '../actions/action'
import type { Meeting } from '../meetings/meeting'
import type { Task } from '../tasks/task'

/** A campaign's meetings, actions and tasks, counted over a stretch of time (a sum-up's "since the last one"). */
export interface MobilizationFigures {
  meetings: number
  /** People signed in at those meetings. */
  signedIn: number
  actions: number
  /** People who came to those actions. */
  came: number
  tasksDone: number
  tasksDropped: number
  /** Tasks of the campaign still open now, whenever given out. */
  tasksOpen: number
}

export interface MobilizationRecords {
  meetings: readonly Pick<Meeting, 'campaignId' | 'date' | 'signIns'>[]
  actions: readonly Pick<Action, 'campaignId' | 'date' | 'asks'>[]
  tasks: readonly Pick<Task, 'campaignId' | 'status' | 'closedAt'>[]
}

/** What the campaign's gatherings and tasks came to after `since`, up to `now` (a gathering planned for later is not counted yet). */
export function mobilizationFigures(campaignId: string, records: MobilizationRecords, since: number, now: number): MobilizationFigures {
  const within = (t: number) => t > since && t <= now
  const figures: MobilizationFigures = { meetings: 0, signedIn: 0, actions: 0, came: 0, tasksDone: 0, tasksDropped: 0, tasksOpen: 0 }
  for (const meeting of records.meetings) {
    if (meeting.campaignId !== campaignId || !within(meeting.date)) continue
    figures.meetings++
    figures.signedIn += meeting.signIns.length
  }
  for (const action of records.actions) {
    if (action.campaignId !== campaignId || !within(action.date)) continue
    figures.actions++
    figures.came += action.asks.filter((a) => a.state === 'came').length
  }
  for (const task of records.tasks) {
    if (task.campaignId !== campaignId) continue
    if (task.status === 'open') figures.tasksOpen++
    else if (within(task.closedAt)) figures[task.status === 'done' ? 'tasksDone' : 'tasksDropped']++
  }
  return figures
}
