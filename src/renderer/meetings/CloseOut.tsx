import { useMemo, useState } from 'react'
import { withoutTask, withoutTaskWarning } from '../../shared/meetings/closeOut'
import type { Meeting, MeetingDoc, SignIn } from '../../shared/meetings/meeting'
import { markSignIn } from '../../shared/meetings/meetingMutations'
import { newId } from '../../shared/ids'
import type { Task, TaskDoc } from '../../shared/tasks/task'
import { putNewTask } from '../../shared/tasks/taskMutations'
import { useStore } from '../app/useStore'
import { formatDay } from '../contacts/formatDate'
import { fromLocalInput } from '../notes/dates'
import { editRecord } from '../places/editRecord'
import type { NotebookSession } from '../session/NotebookSession'
import { useRoot } from '../session/useRoot'
import { useTasks } from './useMobilization'

/** After the meeting: every attendee with their task (what, when, with which comrade), until nobody is left without one. */
export function CloseOut({ session, meeting }: { session: NotebookSession; meeting: Meeting }) {
  const tasks = useTasks(session) ?? []
  const { root, handle } = useRoot(session)
  const rows = useStore(session.contacts)
  const comrades = useMemo(() => [...new Set(rows.map((r) => r.owner).filter(Boolean))].sort(), [rows])
  const closeOut = root?.settings.closeOut ?? {}
  const missing = withoutTask(meeting.signIns, tasks, meeting.id)
  const warning = withoutTaskWarning(missing.length)
  const toggle = (field: 'apparel' | 'contributions', value: boolean) => handle && session.change(handle, (doc) => void (doc.settings.closeOut = { ...doc.settings.closeOut, [field]: value }))
  return (
    <section aria-label="Close-out">
      <p data-testid="task-warning" className={warning ? 'warning' : 'ok-text'} role="status">
        {meeting.signIns.length === 0 ? 'Nobody has signed in yet.' : warning || 'Everyone left with a task.'}
      </p>
      <div className="filters">
        <label className="inline-label"><input type="checkbox" checked={closeOut.apparel === true} onChange={(e) => toggle('apparel', e.target.checked)} /> We give out apparel</label>
        <label className="inline-label"><input type="checkbox" checked={closeOut.contributions === true} onChange={(e) => toggle('contributions', e.target.checked)} /> We take contributions</label>
      </div>
      <datalist id="comrades">{comrades.map((c) => <option key={c} value={c} />)}</datalist>
      <ul className="people-list" aria-label="Attendees">
        {meeting.signIns.map((s) => (
          <Attendee key={s.contactId} session={session} meeting={meeting} signIn={s} tasks={tasks.filter((t) => t.meetingId === meeting.id && t.contactId === s.contactId)} apparel={closeOut.apparel === true} contributions={closeOut.contributions === true} />
        ))}
      </ul>
    </section>
  )
}

function Attendee({ session, meeting, signIn, tasks, apparel, contributions }: { session: NotebookSession; meeting: Meeting; signIn: SignIn; tasks: Task[]; apparel: boolean; contributions: boolean }) {
  const [what, setWhat] = useState('')
  const [due, setDue] = useState('')
  const [buddy, setBuddy] = useState('')
  const [error, setError] = useState('')
  const name = session.contacts.byId(signIn.contactId)?.name ?? 'Someone not in this notebook'
  const give = async (event: React.FormEvent) => {
    event.preventDefault()
    const date = fromLocalInput(due)
    const input = { title: what, contactId: signIn.contactId, buddy, campaignId: meeting.campaignId, meetingId: meeting.id, ...(Number.isFinite(date) ? { due: date } : {}) }
    const failed = await editRecord<TaskDoc>(session, 'tasks', newId(), (shard, id, now) => putNewTask(shard, id, input, now))
    setError(failed ?? '')
    if (!failed) setWhat('')
  }
  const mark = (field: 'apparel' | 'contributed', value: boolean) => void editRecord<MeetingDoc>(session, 'meetings', meeting.id, (d, id, now) => markSignIn(d, id, signIn.contactId, field, value, now))
  return (
    <li data-testid="attendee">
      <span className="name">{name}</span>
      {signIn.firstTime && <span className="pill first">First time</span>}
      {tasks.map((t) => (
        <span key={t.id} className="tag" data-testid="attendee-task">
          {t.title}{t.due ? ` · ${formatDay(t.due)}` : ''}{t.buddy ? ` · with ${t.buddy}` : ''}
        </span>
      ))}
      {apparel && <label className="inline-label"><input type="checkbox" checked={signIn.apparel} onChange={(e) => mark('apparel', e.target.checked)} /> Apparel</label>}
      {contributions && <label className="inline-label"><input type="checkbox" checked={signIn.contributed} onChange={(e) => mark('contributed', e.target.checked)} /> Contributed</label>}
      <form className="task-row" aria-label={`Task for ${name}`} onSubmit={(e) => void give(e)}>
        <input className="input compact" aria-label={`Task for ${name}`} placeholder={tasks.length ? 'Another task' : 'A task, however small'} value={what} onChange={(e) => setWhat(e.target.value)} />
        <input className="input compact" type="date" aria-label={`Due date for ${name}`} value={due} onChange={(e) => setDue(e.target.value)} />
        <input className="input compact" list="comrades" aria-label={`Comrade with ${name}`} placeholder="With comrade" value={buddy} onChange={(e) => setBuddy(e.target.value)} />
        <button className="btn" type="submit">Give task</button>
        {error && <span className="error-text" role="alert">{error}</span>}
      </form>
    </li>
  )
}
