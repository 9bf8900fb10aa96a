import { CalendarCheck } from 'lucide-react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { setSnooze } from '../../shared/contacts/contactMutations'
import { DAY_MS, inReservoir, todayQueue, type FollowState } from '../../shared/contacts/followUp'
import { OUTCOME_LABELS, OUTCOMES, type Outcome } from '../../shared/contacts/interactions'
import { plural } from '../app/plural'
import { useStore } from '../app/useStore'
import type { View } from '../app/views'
import { editContacts, logContact } from '../contacts/contactActions'
import { formatDay } from '../contacts/formatDate'
import { useNotebookSettings } from '../contacts/useNotebookRoot'
import type { NotebookSession } from '../session/NotebookSession'
import { EmptyState } from '../views/EmptyState'
import { PageHeader } from '../views/PageHeader'
import { RulesPanel } from './RulesPanel'
import { useMe, useTasks } from '../meetings/useMobilization'
import { isOverdue, tasksForToday } from '../../shared/tasks/taskQuery'
import { TaskItem } from '../tasks/TaskItem'

const STATE_LABEL: Partial<Record<FollowState, string>> = { overdue: 'Overdue', cold: 'Gone cold', due: 'Due today' }

/**
 * Who to call today, most urgent first, worked from the keyboard: j/k or the arrows move,
 * 1–5 log the outcome of a call (which writes the interaction and moves the next date).
 */
export function TodayView({ session, onView, param = '' }: { session: NotebookSession; onView: (view: View) => void; param?: string }) {
  const rows = useStore(session.contacts)
  const { rules } = useNotebookSettings(session)
  const [me, setMe] = useMe()
  const tasks = useTasks(session)
  const [now, setNow] = useState(() => Date.now())
  const [cursor, setCursor] = useState(0)
  const [logged, setLogged] = useState<string>()
  // `#today/rules` opens the cadence rules (the campaign page links there for the high-tide rule).
  const [editingRules, setEditingRules] = useState(param === 'rules')
  const list = useRef<HTMLOListElement>(null)
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000)
    return () => clearInterval(timer)
  }, [])

  const owners = useMemo(() => [...new Set(rows.map((r) => r.owner).filter(Boolean))].sort(), [rows])
  const queue = useMemo(() => todayQueue(rows, rules, now, me || undefined), [rows, rules, now, me])
  const reservoir = useMemo(() => rows.filter(inReservoir).length, [rows])
  const dueTasks = useMemo(() => tasksForToday(tasks ?? [], now, me || undefined), [tasks, now, me])
  const late = queue.filter((q) => q.status.promiseLate).length
  const current = queue[Math.min(cursor, queue.length - 1)]

  const log = async (outcome: Outcome) => {
    if (!current) return
    const at = Date.now()
    await logContact(session, current.row.id, { kind: 'call', at, outcome, by: me })
    setLogged(`${current.row.name}: ${OUTCOME_LABELS[outcome].toLowerCase()}`)
    setNow(at)
  }

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const move = event.key === 'j' || event.key === 'ArrowDown' ? 1 : event.key === 'k' || event.key === 'ArrowUp' ? -1 : 0
    if (move) {
      event.preventDefault()
      setCursor((c) => Math.max(0, Math.min(queue.length - 1, c + move)))
    } else if (/^[1-5]$/.test(event.key)) {
      event.preventDefault()
      void log(OUTCOMES[Number(event.key) - 1]!)
    } else if (event.key === 's' && current) {
      event.preventDefault()
      void editContacts(session, [current.row.id], (shard, id, t) => setSnooze(shard, id, t + 7 * DAY_MS, t)).then(() => setNow(Date.now()))
      setLogged(`${current.row.name}: snoozed a week`)
    }
  }
  // Braces matter: Chromium's scrollIntoView now returns a promise, and an effect may only return a cleanup.
  useEffect(() => {
    void list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' })
  }, [cursor])

  return (
    <>
      <PageHeader title="Today">
        <label className="inline-label">
          Calls for
          <select className="select" aria-label="Calls for" value={me} onChange={(e) => setMe(e.target.value)}>
            <option value="">Everyone</option>
            {owners.map((o) => (
              <option key={o}>{o}</option>
            ))}
          </select>
        </label>
        <button className="btn" onClick={() => setEditingRules(!editingRules)}>Cadence rules</button>
      </PageHeader>
      {editingRules && <RulesPanel session={session} rules={rules} onClose={() => setEditingRules(false)} />}
      <div className="page-body today">
        {queue.length === 0 ? (
          <EmptyState
            icon={CalendarCheck}
            title="Nobody is due for a call today"
            actions={
              <button className="btn primary" onClick={() => onView('contacts')}>
                {rows.length ? 'Open contacts' : 'Add your first contact'}
              </button>
            }
          >
            Every conversation that goes well yields a contact, and contacts are called back. People you promised to call, and people you have
            not talked to in too long, will line up here each day.
            {rows.length > 0 && ` This notebook holds ${plural(rows.length, 'contact')}; ${reservoir} wait in the reservoir.`}
          </EmptyState>
        ) : (
          <section className="queue" aria-label="Follow-ups">
            <div className="queue-summary" data-testid="today-summary">
              <strong>{plural(queue.length, 'follow-up')}</strong> · {late} promised and late · {reservoir} in the reservoir
              <span className="spacer" />
              <span className="muted keys">j/k move · {OUTCOMES.map((o, i) => `${i + 1} ${OUTCOME_LABELS[o].toLowerCase()}`).join(' · ')} · s snooze a week</span>
            </div>
            <ol className="queue-list" ref={list} role="listbox" aria-label="Due and overdue follow-ups" tabIndex={0} autoFocus onKeyDown={onKeyDown} aria-activedescendant={current && `due-${current.row.id}`}>
              {queue.map(({ row, status }, i) => (
                <li
                  key={row.id}
                  id={`due-${row.id}`}
                  role="option"
                  data-testid="due-row"
                  aria-selected={row.id === current?.row.id}
                  className={`queue-item state-${status.state}`}
                  onClick={() => setCursor(i)}
                >
                  <span className="name">{row.name}</span>
                  <span className="cell">{row.phone}</span>
                  <span className={`pill ${status.promiseLate ? 'late' : status.state}`}>{status.promiseLate ? 'Promised, late' : STATE_LABEL[status.state]}</span>
                  <span className="cell" data-testid="next-date">
                    {formatDay(status.next, now)}
                  </span>
                  <span className="cell muted">{row.follow.lastAt ? `last ${formatDay(row.follow.lastAt, now)}` : 'never contacted'}</span>
                  <span className="cell muted">{row.owner}</span>
                </li>
              ))}
            </ol>
            <div className="outcome-bar" aria-label="Log the call">
              {OUTCOMES.map((o, i) => (
                <button key={o} className="btn" disabled={!current} onClick={() => void log(o)}>
                  <kbd>{i + 1}</kbd> {OUTCOME_LABELS[o]}
                </button>
              ))}
              <span className="muted" role="status">
                {logged && `Logged ${logged}`}
              </span>
            </div>
          </section>
        )}
        {dueTasks.length > 0 && (
          <section className="today-tasks" aria-label="Tasks due">
            <h2 className="fine-heading">{plural(dueTasks.length, 'open task')} due this week</h2>
            <ul className="people-list">
              {dueTasks.map((t) => <TaskItem key={t.id} session={session} task={t} overdue={isOverdue(t, now)} />)}
            </ul>
          </section>
        )}
      </div>
    </>
  )
}
