import { useState } from 'react'
import type { Task, TaskDoc } from '../../shared/tasks/task'
import { closeTask } from '../../shared/tasks/taskMutations'
import { formatDay } from '../contacts/formatDate'
import { editRecord } from '../places/editRecord'
import type { NotebookSession } from '../session/NotebookSession'

/** One task: what, who, with whom, when; done or dropped with a note (asked for before it closes). */
export function TaskItem({ session, task, overdue }: { session: NotebookSession; task: Task; overdue: boolean }) {
  const [closing, setClosing] = useState<'done' | 'dropped' | null>(null)
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const owner = task.contactId ? (session.contacts.byId(task.contactId)?.name ?? 'someone not in this notebook') : ''
  const close = async (status: 'done' | 'dropped' | 'open') => {
    const failed = await editRecord<TaskDoc>(session, 'tasks', task.id, (shard, id, now) => closeTask(shard, id, status, note, now))
    setError(failed ?? '')
    if (!failed) setClosing(null)
  }
  return (
    <li data-testid="task-row">
      <span className="name">{task.title}</span>
      {owner && <span>{owner}</span>}
      {task.buddy && <span className="muted">with {task.buddy}</span>}
      {task.due > 0 && <span className={`pill ${overdue ? 'overdue' : 'due'}`}>{overdue ? 'Overdue · ' : 'Due '}{formatDay(task.due)}</span>}
      {task.status !== 'open' ? (
        <>
          <span className="tag">{task.status === 'done' ? 'Done' : 'Dropped'}{task.closedNote && `: ${task.closedNote}`}</span>
          <button className="btn small" onClick={() => void close('open')}>Reopen</button>
        </>
      ) : closing ? (
        <form className="task-row" onSubmit={(e) => (e.preventDefault(), void close(closing))}>
          <input className="input compact" autoFocus aria-label={closing === 'done' ? 'How it went' : 'Why it was dropped'} placeholder={closing === 'done' ? 'How it went' : 'Why it was dropped'} value={note} onChange={(e) => setNote(e.target.value)} />
          <button className="btn small primary" type="submit">{closing === 'done' ? 'Mark done' : 'Drop it'}</button>
          <button className="btn small" type="button" onClick={() => setClosing(null)}>Cancel</button>
        </form>
      ) : (
        <>
          <button className="btn small" onClick={() => setClosing('done')}>Done…</button>
          <button className="btn small" onClick={() => setClosing('dropped')}>Drop…</button>
        </>
      )}
      {error && <span className="error-text" role="alert">{error}</span>}
    </li>
  )
}
