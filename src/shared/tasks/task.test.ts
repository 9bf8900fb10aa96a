import * as A from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import { DAY_MS } from '../contacts/followUp'
import type { ShardDoc } from '../notebook/schema'
import { readTask, type TaskDoc } from './task'
import { closeTask, newTaskDoc, putNewTask } from './taskMutations'
import { filterTasks, isOverdue, tasksByCampaign, tasksForToday } from './taskQuery'

const NOW = new Date(2026, 11, 3, 12).getTime()
const task = (id: string, over: Parameters<typeof newTaskDoc>[1]) => readTask(newTaskDoc(id, over, 1))

describe('tasks', () => {
  it('has an owner, a buddy, a due date, a campaign and a status', () => {
    expect(task('t1', { title: ' Flyer the lobby ', contactId: 'c1', buddy: 'Ana', due: NOW, campaignId: 'rent', meetingId: 'm1' })).toMatchObject({
      title: 'Flyer the lobby', contactId: 'c1', buddy: 'Ana', due: NOW, campaignId: 'rent', meetingId: 'm1', status: 'open',
    })
    expect(() => newTaskDoc('t2', { title: ' ' }, 1)).toThrow(/what is to be done/)
  })

  it('closes done or dropped only with a note, and reopens', () => {
    let doc = A.from({ schemaVersion: 1, kind: 'tasks', shard: 0, records: {} }) as unknown as A.Doc<ShardDoc<TaskDoc>>
    doc = A.change(doc, (d) => putNewTask(d, 't1', { title: 'Bring two neighbours' }, 1))
    expect(() => A.change(doc, (d) => closeTask(d, 't1', 'dropped', '  ', 2))).toThrow(/why it was dropped/)
    doc = A.change(doc, (d) => closeTask(d, 't1', 'done', 'Brought three', 3))
    expect(readTask(doc.records.t1!)).toMatchObject({ status: 'done', closedNote: 'Brought three', closedAt: 3 })
    doc = A.change(doc, (d) => closeTask(d, 't1', 'open', '', 4))
    expect(readTask(doc.records.t1!)).toMatchObject({ status: 'open', closedNote: '', closedAt: 0 })
  })

  it('lists mine, by campaign and overdue; Today shows open tasks due within the week', () => {
    const tasks = [
      task('a', { title: 'Call the super', buddy: 'Ana', due: NOW - 2 * DAY_MS, campaignId: 'rent' }),
      task('b', { title: 'Flyer', buddy: 'Ben', due: NOW + 3 * DAY_MS, campaignId: 'rent' }),
      task('c', { title: 'Petition', buddy: 'Ana', due: NOW + 30 * DAY_MS, campaignId: 'heat' }),
      task('d', { title: 'Someday', buddy: 'Ana' }),
    ]
    expect(filterTasks(tasks, { mine: 'Ana' }, NOW).map((t) => t.id)).toEqual(['a', 'c', 'd'])
    expect(filterTasks(tasks, { overdue: true }, NOW).map((t) => t.id)).toEqual(['a'])
    expect([...tasksByCampaign(tasks, NOW).keys()]).toEqual(['rent', 'heat', ''])
    expect(tasksForToday(tasks, NOW).map((t) => t.id)).toEqual(['a', 'b'])
    expect(tasksForToday(tasks, NOW, 'Ana').map((t) => t.id)).toEqual(['a'])
    expect(isOverdue({ status: 'done', due: NOW - 5 * DAY_MS }, NOW)).toBe(false)
  })
})
