import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { generatedNotebook } from '../../../../test/support/cli'

const { at, cli, json, generate } = generatedNotebook('massline-cli-mob-')

describe('mobilization in the CLI', () => {
  beforeAll(async () => {
    const summary = await generate('--contacts', '300', '--notes', '20', '--leaflets', '0')
    expect(summary).toMatchObject({ meetings: 2, teams: 2 })
    expect(summary.actions).toBeGreaterThanOrEqual(2)
    expect(summary.tasks).toBeGreaterThan(10)
  })

  it('lists and shows meetings with their sign-ins and the task each left with', async () => {
    const meetings = await json('meetings', 'list')
    expect(meetings.length).toBe(2)
    expect(meetings[0].signIns).toBeGreaterThanOrEqual(8)
    const meeting = await json('meetings', 'show', meetings[0].id.slice(0, 8))
    expect(meeting.agenda.map((p: { kind: string }) => p.kind)).toEqual(['bitterness', 'sumUp', 'planning', 'education', 'orientation'])
    expect(meeting.tasks.length).toBeGreaterThan(0)
    expect((await cli('meetings', 'show', meetings[0].id)).out).toMatch(/Signed in \(\d+\):/)
    expect(await cli('meetings', 'show', 'no-such-meeting')).toMatchObject({ code: 1, err: expect.stringMatching(/no meeting with the id “no-such-meeting”/) })
  })

  it('lists tasks: open ones, mine, and overdue', async () => {
    const open = await json('tasks', 'list')
    expect(open.length).toBeGreaterThan(0)
    expect(open.every((t: { status: string }) => t.status === 'open')).toBe(true)
    const mine = await json('tasks', 'list', '--mine', '--me', 'Dana')
    expect(mine.every((t: { buddy: string }) => t.buddy === 'Dana')).toBe(true)
    const overdue = await json('tasks', 'list', '--overdue')
    expect(overdue.every((t: { due: number }) => t.due > 0 && t.due < Date.now())).toBe(true)
    expect(await cli('tasks', 'list', '--mine')).toMatchObject({ code: 2, err: expect.stringMatching(/--mine needs your name/) })
  })

  it('shows one task: what, for whom, with whom, by when, and the meeting or team it came from', async () => {
    const tasks = await json('tasks', 'list', '--all')
    const fromMeeting = tasks.find((t: { meetingId: string }) => t.meetingId)
    const shown = await json('tasks', 'show', fromMeeting.id.slice(0, 8))
    expect(shown).toMatchObject({ id: fromMeeting.id, title: fromMeeting.title, status: fromMeeting.status, meetingId: fromMeeting.meetingId })
    const [meeting] = (await json('meetings', 'list')).filter((m: { id: string }) => m.id === fromMeeting.meetingId)
    expect(shown.from).toBe(`meeting: ${meeting.title}`)
    expect(shown.person).toMatch(/\S/)
    const human = (await cli('tasks', 'show', fromMeeting.id)).out
    expect(human.split('\n')[0]).toBe(fromMeeting.title)
    expect(human).toContain(`For ${shown.person}`)
    const fromTeam = tasks.find((t: { teamId: string }) => t.teamId)
    const [team] = (await json('teams', 'list')).filter((t: { id: string }) => t.id === fromTeam.teamId)
    expect((await json('tasks', 'show', fromTeam.id)).from).toBe(`team: ${team.name}`)
    expect(await cli('tasks', 'show', 'no-such-task')).toMatchObject({ code: 1, err: expect.stringMatching(/no task with the id “no-such-task”/) })
  })

  it('lists and shows actions with turnout, and teams with members', async () => {
    const actions = await json('actions', 'list')
    expect(actions[0].turnout.came).toBeGreaterThan(0)
    const action = await json('actions', 'show', actions[0].id)
    expect(action.asks.length).toBeGreaterThan(0)
    expect(action.turnout.came).toBe(action.asks.filter((a: { state: string }) => a.state === 'came').length)
    expect(await cli('actions', 'show', 'no-such-action')).toMatchObject({ code: 1, err: expect.stringMatching(/no action with the id “no-such-action”/) })
    const teams = await json('teams', 'list')
    expect(teams[0].members.length).toBeGreaterThanOrEqual(3)
    expect((await cli('teams', 'show', teams[0].id)).out).toMatch(/responsible: /)
    const team = await json('teams', 'show', teams[0].id)
    expect(team.members).toEqual(teams[0].members)
    expect(team.tasks.every((t: { teamId: string; contactId: string }) => t.teamId === team.id || team.members.includes(t.contactId))).toBe(true)
    expect(await cli('teams', 'show', 'no-such-team')).toMatchObject({ code: 1, err: expect.stringMatching(/no team with the id “no-such-team”/) })
  })

  it('prints the sign-in sheet to a PDF with its columns', async () => {
    const [meeting] = await json('meetings', 'list')
    const out = join(at.home, 'signin.pdf')
    expect(await json('export', 'signin', meeting.id, '--format', 'pdf', '--out', out)).toMatchObject({ path: out })
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' })
    expect(text).toMatch(/Name\s+Phone\s+Building \/ unit\s+Language\s+Can we call you\?/)
    expect(text).toContain(meeting.title)
    expect(await cli('export', 'signin', meeting.id, '--format', 'html', '--out', out)).toMatchObject({ code: 2, err: expect.stringMatching(/takes --format pdf/) })
  })
})
