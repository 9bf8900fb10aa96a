import { ACTION_KIND_LABELS, ASK_LABELS } from '../../../shared/actions/action'
import { turnout } from '../../../shared/actions/turnout'
import { agendaMinutes } from '../../../shared/meetings/runSheet'
import { listTeams, TEAM_KIND_LABELS } from '../../../shared/teams/team'
import { filterTasks } from '../../../shared/tasks/taskQuery'
import type { Notebook } from '../../notebook/Notebook'
import { byId, listActions, listMeetings, listTasks } from '../../mobilize/readMobilization'
import { print, UsageError, type Command, type CommandContext } from '../command'
import { openTarget } from '../openTarget'

const day = (ms: number) => (ms ? new Date(ms).toISOString().slice(0, 10) : '—')

async function withNotebook(context: CommandContext, run: (notebook: Notebook) => Promise<void>): Promise<void> {
  const notebook = await openTarget(context)
  try {
    await run(notebook)
  } finally {
    await notebook.close()
  }
}

/** Contact id → name, for showing people (from the list index; no shard is loaded). */
async function names(notebook: Notebook): Promise<(id: string) => string> {
  const rows = new Map((await notebook.rows('contacts')).map((r) => [r.id, r.name]))
  return (id) => rows.get(id) ?? id
}

export const meetingsList: Command = {
  words: ['meetings', 'list'],
  usage: 'massline meetings list [--notebook PATH] [--json]',
  summary: 'List the mass meetings with their ids, dates and sign-ins',
  run: (context) =>
    withNotebook(context, async (notebook) => {
      const list = (await listMeetings(notebook)).map(({ id, title, date, campaignId, placeId, signIns, agenda }) => ({ id, title, date, campaignId, placeId, signIns: signIns.length, parts: agenda.length }))
      print(context, list, list.length ? list.map((m) => `${m.id}  ${day(m.date)}  ${m.title}  ${m.signIns} signed in`).join('\n') : 'No meetings yet')
    }),
}

export const meetingsShow: Command = {
  words: ['meetings', 'show'],
  usage: 'massline meetings show ID [--notebook PATH] [--json]',
  summary: 'Show a meeting: its agenda, who signed in, and the task each left with',
  positionals: { min: 1, max: 1, names: 'ID' },
  run: (context) =>
    withNotebook(context, async (notebook) => {
      const meeting = byId(await listMeetings(notebook), context.positionals[0]!, 'meeting')
      const tasks = (await listTasks(notebook)).filter((t) => t.meetingId === meeting.id)
      const name = await names(notebook)
      const human = [
        `${meeting.title} · ${day(meeting.date)} · facilitated by ${meeting.facilitators.join(', ') || 'nobody yet'}`,
        `Agenda (${agendaMinutes(meeting.agenda)} min):`,
        ...meeting.agenda.map((p) => `  ${p.minutes} min  ${p.title}${p.leader ? ` (${p.leader})` : ''}`),
        `Signed in (${meeting.signIns.length}):`,
        ...meeting.signIns.map((s) => `  ${name(s.contactId)}${s.firstTime ? ' (first time)' : ''}: ${tasks.filter((t) => t.contactId === s.contactId).map((t) => t.title).join('; ') || 'no task'}`),
      ].join('\n')
      print(context, { ...meeting, tasks }, human)
    }),
}

export const tasksList: Command = {
  words: ['tasks', 'list'],
  usage: 'massline tasks list [--mine --me NAME] [--overdue] [--all] [--notebook PATH] [--json]',
  summary: 'List open tasks (--all: closed ones too), soonest due first; --mine: those you do with someone (your name from --me or MASSLINE_ME)',
  options: { mine: { type: 'boolean' }, me: { type: 'string' }, overdue: { type: 'boolean' }, all: { type: 'boolean' } },
  run: (context) =>
    withNotebook(context, async (notebook) => {
      const me = typeof context.values.me === 'string' ? context.values.me : process.env['MASSLINE_ME']
      if (context.values.mine && !me?.trim()) throw new UsageError('--mine needs your name: pass --me NAME or set MASSLINE_ME')
      const list = filterTasks(await listTasks(notebook), { open: !context.values.all, overdue: context.values.overdue === true, ...(context.values.mine ? { mine: me!.trim() } : {}) }, Date.now())
      const name = await names(notebook)
      print(context, list, list.length ? list.map((t) => `${t.id}  ${day(t.due)}  ${t.status}  ${t.title} · ${name(t.contactId) || '—'} with ${t.buddy || '—'}`).join('\n') : 'No tasks')
    }),
}

export const tasksShow: Command = {
  words: ['tasks', 'show'],
  usage: 'massline tasks show ID [--notebook PATH] [--json]',
  summary: 'Show a task: what, for whom, with whom, by when, its status, and the meeting or team it came from',
  positionals: { min: 1, max: 1, names: 'ID' },
  run: (context) =>
    withNotebook(context, async (notebook) => {
      const task = byId(await listTasks(notebook), context.positionals[0]!, 'task')
      const name = await names(notebook)
      const meeting = task.meetingId ? (await listMeetings(notebook)).find((m) => m.id === task.meetingId) : undefined
      const team = task.teamId ? listTeams(notebook.root.doc()).find((t) => t.id === task.teamId) : undefined
      const from = meeting ? `meeting: ${meeting.title}` : team ? `team: ${team.name}` : ''
      const person = task.contactId ? name(task.contactId) : ''
      const human = [
        task.title,
        `For ${person || 'nobody named'}${task.buddy ? `, with ${task.buddy}` : ''} · due ${day(task.due)} · ${task.status}${task.closedNote ? `: ${task.closedNote}` : ''}`,
        ...(from ? [`From the ${from}`] : []),
      ].join('\n')
      print(context, { ...task, person, from }, human)
    }),
}

export const actionsList: Command = {
  words: ['actions', 'list'],
  usage: 'massline actions list [--notebook PATH] [--json]',
  summary: 'List the actions with their turnout',
  run: (context) =>
    withNotebook(context, async (notebook) => {
      const list = (await listActions(notebook)).map(({ asks, ...a }) => ({ ...a, turnout: turnout({ asks }) }))
      print(context, list, list.length ? list.map((a) => `${a.id}  ${day(a.date)}  ${ACTION_KIND_LABELS[a.kind]}: ${a.title}  ${a.turnout.came} came, ${a.turnout.committed + a.turnout.came} committed`).join('\n') : 'No actions yet')
    }),
}

export const actionsShow: Command = {
  words: ['actions', 'show'],
  usage: 'massline actions show ID [--notebook PATH] [--json]',
  summary: 'Show an action: its call list, where each person stands, and the turnout',
  positionals: { min: 1, max: 1, names: 'ID' },
  run: (context) =>
    withNotebook(context, async (notebook) => {
      const action = byId(await listActions(notebook), context.positionals[0]!, 'action')
      const name = await names(notebook)
      const counts = turnout(action)
      const human = [
        `${ACTION_KIND_LABELS[action.kind]}: ${action.title} · ${day(action.date)}${action.target ? ` · target ${action.target}` : ''}`,
        `Turnout: ${counts.came} came (${counts.firstTimers} first time), ${counts.committed} committed not yet come, ${counts.asked} asked, ${counts.declined} said no, ${counts.listed} to ask`,
        ...action.asks.map((a) => `  ${ASK_LABELS[a.state]}  ${name(a.contactId)}${a.firstTime ? ' (first time)' : ''}`),
      ].join('\n')
      print(context, { ...action, turnout: counts }, human)
    }),
}

export const teamsList: Command = {
  words: ['teams', 'list'],
  usage: 'massline teams list [--notebook PATH] [--json]',
  summary: 'List the teams with their kind and size',
  run: (context) =>
    withNotebook(context, async (notebook) => {
      const teams = listTeams(notebook.root.doc())
      print(context, teams, teams.length ? teams.map((t) => `${t.id}  ${TEAM_KIND_LABELS[t.kind]}: ${t.name}  ${t.members.length} members`).join('\n') : 'No teams yet')
    }),
}

export const teamsShow: Command = {
  words: ['teams', 'show'],
  usage: 'massline teams show ID [--notebook PATH] [--json]',
  summary: 'Show a team: its members, the person responsible, and their tasks',
  positionals: { min: 1, max: 1, names: 'ID' },
  run: (context) =>
    withNotebook(context, async (notebook) => {
      const team = byId(listTeams(notebook.root.doc()), context.positionals[0]!, 'team')
      const members = new Set(team.members)
      const tasks = (await listTasks(notebook)).filter((t) => t.teamId === team.id || (members.has(t.contactId) && t.status === 'open'))
      const name = await names(notebook)
      const human = [
        `${TEAM_KIND_LABELS[team.kind]}: ${team.name}${team.lead ? ` · responsible: ${name(team.lead)}` : ''}`,
        ...team.members.map((m) => `  ${name(m)}: ${tasks.filter((t) => t.contactId === m).map((t) => `${t.title} (${t.status})`).join('; ') || 'no task'}`),
      ].join('\n')
      print(context, { ...team, tasks }, human)
    }),
}
