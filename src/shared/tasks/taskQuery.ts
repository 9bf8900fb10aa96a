import { DAY_MS, dayBounds } from '../contacts/followUp'
import type { Task } from './task'

/** Open, with a due day before today. */
export function isOverdue(task: Pick<Task, 'status' | 'due'>, now: number, bounds = dayBounds(now)): boolean {
  return task.status === 'open' && task.due > 0 && task.due < bounds.start
}

export interface TaskFilter {
  /** The comrade: tasks they do with someone (buddy). */
  mine?: string
  campaignId?: string
  overdue?: boolean
  /** Open only (the default for lists of work to do). */
  open?: boolean
}

/** Tasks matching a filter, soonest due first (undated last), then by title. */
export function filterTasks<T extends Task>(tasks: readonly T[], filter: TaskFilter, now: number): T[] {
  const bounds = dayBounds(now)
  return tasks
    .filter(
      (t) =>
        (!filter.mine || t.buddy === filter.mine) &&
        (!filter.campaignId || t.campaignId === filter.campaignId) &&
        (!filter.overdue || isOverdue(t, now, bounds)) &&
        (!filter.open || t.status === 'open'),
    )
    .sort((a, b) => (a.due || Infinity) - (b.due || Infinity) || a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1))
}

/** Tasks grouped by campaign id ('' for none), each group in filterTasks order. */
export function tasksByCampaign<T extends Task>(tasks: readonly T[], now: number): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const task of filterTasks(tasks, {}, now)) groups.set(task.campaignId, [...(groups.get(task.campaignId) ?? []), task])
  return groups
}

/** Open tasks due within the coming week (or overdue): what Today shows next to calls. */
export function tasksForToday<T extends Task>(tasks: readonly T[], now: number, mine?: string): T[] {
  const until = dayBounds(now).end + 6 * DAY_MS
  return filterTasks(tasks, { open: true, ...(mine ? { mine } : {}) }, now).filter((t) => t.due > 0 && t.due < until)
}
