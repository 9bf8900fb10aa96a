import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { addToCallList, newActionDoc, setAsk } from '../../shared/actions/actionMutations'
import type { ActionDoc } from '../../shared/actions/action'
import { newCampaignDoc } from '../../shared/campaigns/campaignMutations'
import { sumUpLines } from '../../shared/campaigns/sumUpText'
import { DEFAULT_AGENDA } from '../../shared/meetings/agenda'
import type { MeetingDoc } from '../../shared/meetings/meeting'
import { newMeetingDoc, signIn } from '../../shared/meetings/meetingMutations'
import type { ShardDoc } from '../../shared/notebook/schema'
import { scalar } from '../../shared/notebook/scalar'
import { newTaskDoc } from '../../shared/tasks/taskMutations'
import { nodeKeyVault } from '../atRest/keyWrappings'
import { Notebook } from '../notebook/Notebook'
import { changeTide } from '../../shared/campaigns/planMutations'
import type { CampaignDoc } from '../../shared/campaigns/campaign'
import { newContactDoc } from '../../shared/contacts/contact'
import { newInteractionDoc } from '../../shared/contacts/interactions'
import { newLevelEntry } from '../../shared/contacts/levels'
import { dashboardOf, prefillOf } from './campaignFigures'

const DAY = 86_400_000
const now = Date.UTC(2026, 10, 30)
const dir = await mkdtemp(join(tmpdir(), 'massline-figures-'))
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('a sum-up’s pre-fill from the notebook', () => {
  it('counts the campaign’s meetings, turnout and tasks from their records', async () => {
    const notebook = await Notebook.create(join(dir, 'nb'), 'Figures', nodeKeyVault(join(dir, 'keys'), {}))
    const campaign = newCampaignDoc('camp-1', { name: 'Freeze the rent' }, now - 60 * DAY)
    const meeting = newMeetingDoc('meet-1', { title: 'Mass meeting', date: now - 5 * DAY, campaignId: campaign.id }, DEFAULT_AGENDA, now - 10 * DAY)
    const meetings = { records: { [meeting.id]: meeting } } as ShardDoc<MeetingDoc>
    for (const who of ['p1', 'p2', 'p3']) signIn(meetings, meeting.id, who, { at: meeting.date, firstTime: true }, meeting.date)
    const action = newActionDoc('act-1', { title: 'Speak-out', kind: 'speakOut', date: now - 2 * DAY, campaignId: campaign.id }, now - 9 * DAY)
    const actions = { records: { [action.id]: action } } as ShardDoc<ActionDoc>
    addToCallList(actions, action.id, ['p1', 'p2', 'p4'], now - 8 * DAY)
    setAsk(actions, action.id, 'p1', 'came', {}, now - 2 * DAY)
    setAsk(actions, action.id, 'p4', 'came', {}, now - 2 * DAY)
    const task = (id: string, status?: 'done' | 'dropped') => ({
      ...newTaskDoc(id, { title: 'Flyer your floor', campaignId: campaign.id, meetingId: meeting.id }, now - 5 * DAY),
      ...(status ? { status: scalar(status), closedAt: now - DAY } : {}),
    })
    await notebook.putRecords('campaigns', [campaign])
    await notebook.putRecords('meetings', [meeting, action as unknown as MeetingDoc])
    await notebook.putRecords('tasks', [task('t1', 'done'), task('t2', 'done'), task('t3', 'dropped'), task('t4')])

    const prefill = await prefillOf(notebook, campaign.id, now)
    const lines = Object.fromEntries(sumUpLines(prefill))
    expect(lines['Meetings and turnout']).toBe('1 meeting (3 signed in), 1 action (2 came)')
    expect(lines['Tasks done / dropped']).toBe('2 done, 1 dropped; 1 still open')
    expect(prefill.now).toMatchObject({ meetings: 1, actions: 1, turnout: 5, tasksDone: 2, tasksDropped: 1 })
    await notebook.close()
  })
})

describe('the tide and follow-up', () => {
  it('calls the intermediate of a campaign at high tide sooner, as the notebook’s rule says', async () => {
    const notebook = await Notebook.create(join(dir, 'tide'), 'Tide', nodeKeyVault(join(dir, 'keys'), {}))
    const campaign = newCampaignDoc('camp-2', { name: 'Heat now' }, now - 60 * DAY)
    // Reached 20 days ago: an intermediate is called monthly, so not due yet at low tide.
    const person = { ...newContactDoc('p-1', { name: 'Rosa' }, now - 50 * DAY), 'level:l1': newLevelEntry(campaign.id, 'intermediate', now - 40 * DAY), 'log:c1': newInteractionDoc({ kind: 'call', at: now - 20 * DAY, outcome: 'reached' }) }
    await notebook.putRecords('campaigns', [campaign])
    await notebook.putRecords('contacts', [person])
    expect((await dashboardOf(notebook, campaign.id, now)).followUp).toEqual({ due: 0, overdue: 0, cold: 0 })

    const shard = await notebook.shardOf<CampaignDoc>('campaigns', campaign.id)
    shard.change((doc) => void changeTide(doc, campaign.id, { tide: 'high', reason: 'Sixty at the speak-out' }, now - 2 * DAY))
    notebook.root.change((root) => void (root.settings.followUp = { highTideEveryDays: { intermediate: 14 } }))
    expect((await dashboardOf(notebook, campaign.id, now)).followUp).toEqual({ due: 0, overdue: 1, cold: 0 })
    await notebook.close()
  })
})
