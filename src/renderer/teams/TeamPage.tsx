import { useMemo, useState } from 'react'
import { newId } from '../../shared/ids'
import type { NotebookRootDoc } from '../../shared/notebook/schema'
import { addMember, removeMember, setTeamLead, TEAM_KIND_LABELS, type Team } from '../../shared/teams/team'
import type { TaskDoc } from '../../shared/tasks/task'
import { putNewTask } from '../../shared/tasks/taskMutations'
import { isOverdue } from '../../shared/tasks/taskQuery'
import { useStore } from '../app/useStore'
import { useTasks } from '../meetings/useMobilization'
import { fromLocalInput } from '../notes/dates'
import { editRecord } from '../places/editRecord'
import type { NotebookSession } from '../session/NotebookSession'
import { TaskItem } from '../tasks/TaskItem'

/** One team: its members, the person responsible, and each member's open tasks. */
export function TeamPage({ session, team }: { session: NotebookSession; team: Team }) {
  const rows = useStore(session.contacts)
  const tasks = useTasks(session) ?? []
  const [query, setQuery] = useState('')
  const [task, setTask] = useState({ who: '', title: '', due: '' })
  const [error, setError] = useState('')
  const found = useMemo(() => {
    const q = query.trim().toLowerCase()
    return q ? rows.filter((r) => !r.mergedInto && !team.members.includes(r.id) && r.name.toLowerCase().includes(q)).slice(0, 8) : []
  }, [rows, query, team.members])
  const change = async (mutate: (root: NotebookRootDoc) => void) => session.change(await session.root(), mutate)
  const name = (id: string) => session.contacts.byId(id)?.name ?? 'Someone not in this notebook'
  const give = async (event: React.FormEvent) => {
    event.preventDefault()
    const due = fromLocalInput(task.due)
    const failed = await editRecord<TaskDoc>(session, 'tasks', newId(), (shard, id, now) => putNewTask(shard, id, { title: task.title, contactId: task.who, teamId: team.id, campaignId: team.campaignId, ...(Number.isFinite(due) ? { due } : {}) }, now))
    setError(failed ?? '')
    if (!failed) setTask({ ...task, title: '' })
  }
  return (
    <>
      <h2>{team.name}</h2>
      <p className="muted">{TEAM_KIND_LABELS[team.kind]} · responsible: {team.lead ? name(team.lead) : 'nobody yet'}</p>
      <h3>Members ({team.members.length})</h3>
      <ul className="people-list" aria-label="Members">
        {team.members.map((m) => (
          <li key={m} data-testid="team-member">
            <span className="name">{name(m)}</span>
            {team.lead === m ? <span className="pill due">Responsible</span> : <button className="btn small" onClick={() => void change((root) => setTeamLead(root, team.id, m))}>Make responsible</button>}
            <button className="btn small" onClick={() => void change((root) => removeMember(root, team.id, m))}>Remove</button>
            <ul className="people-list">
              {tasks.filter((t) => t.contactId === m && t.status === 'open').map((t) => <TaskItem key={t.id} session={session} task={t} overdue={isOverdue(t, Date.now())} />)}
            </ul>
          </li>
        ))}
      </ul>
      <div className="stack">
        <input className="input" aria-label="Add a member" placeholder="Add a member: type a name" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <ul className="people-list">
        {found.map((r) => (
          <li key={r.id}>
            <button className="btn small" onClick={() => (void change((root) => addMember(root, team.id, r.id)), setQuery(''))}>Add {r.name}</button>
          </li>
        ))}
      </ul>
      <h3>Give a member a task</h3>
      <form className="task-row" aria-label="Team task" onSubmit={(e) => void give(e)}>
        <select className="select compact" aria-label="Member" value={task.who} onChange={(e) => setTask({ ...task, who: e.target.value })}>
          <option value="">Member…</option>
          {team.members.map((m) => <option key={m} value={m}>{name(m)}</option>)}
        </select>
        <input className="input compact" aria-label="Team task" placeholder="What, start to finish" value={task.title} onChange={(e) => setTask({ ...task, title: e.target.value })} />
        <input className="input compact" type="date" aria-label="Team task due" value={task.due} onChange={(e) => setTask({ ...task, due: e.target.value })} />
        <button className="btn" type="submit" disabled={!task.who}>Give task</button>
        {error && <span className="error-text" role="alert">{error}</span>}
      </form>
    </>
  )
}
