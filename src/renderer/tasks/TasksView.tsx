import { ListChecks } from 'lucide-react'
import { useMemo, useState } from 'react'
import type { Task } from '../../shared/tasks/task'
import { filterTasks, isOverdue, tasksByCampaign } from '../../shared/tasks/taskQuery'
import type { ViewProps } from '../app/views'
import { useMe, useRunningCampaigns, useTasks } from '../meetings/useMobilization'
import { EmptyState } from '../views/EmptyState'
import { PageHeader } from '../views/PageHeader'
import { TaskItem } from './TaskItem'
import '../styles/mobilize.css'

type Show = 'mine' | 'campaign' | 'overdue' | 'all'

/** `#tasks`: tasks that can be completed start to finish: mine, by campaign, overdue; each closed done or dropped with a note. */
export function TasksView({ session }: ViewProps) {
  const tasks = useTasks(session)
  const campaigns = useRunningCampaigns(session)
  const [me, setMe] = useMe()
  const [show, setShow] = useState<Show>(me ? 'mine' : 'all')
  const [closed, setClosed] = useState(false)
  const now = Date.now()
  const buddies = useMemo(() => [...new Set((tasks ?? []).map((t) => t.buddy).filter(Boolean))].sort(), [tasks])
  const list = useMemo(
    () => filterTasks(tasks ?? [], { open: !closed, ...(show === 'mine' ? { mine: me || '\u0000' } : {}), overdue: show === 'overdue' }, now),
    // `now` moves every render; the list is redone when the tasks or the choice change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [tasks, show, me, closed],
  )
  const groups: [string, Task[]][] = show === 'campaign' ? [...tasksByCampaign(list, now)] : [['', list]]
  const campaignName = (id: string) => campaigns.find((c) => c.id === id)?.name ?? (id ? 'A finished campaign' : 'No campaign')
  return (
    <>
      <PageHeader title="Tasks">
        <label className="inline-label">
          I am
          <select className="select" aria-label="I am" value={me} onChange={(e) => setMe(e.target.value)}>
            <option value="">Nobody chosen</option>
            {buddies.map((b) => <option key={b}>{b}</option>)}
          </select>
        </label>
      </PageHeader>
      <div className="tasks-page">
        <div className="filters" role="radiogroup" aria-label="Show">
          {(['mine', 'campaign', 'overdue', 'all'] as const).map((s) => (
            <label key={s} className="inline-label"><input type="radio" name="show" checked={show === s} onChange={() => setShow(s)} /> {{ mine: 'Mine', campaign: 'By campaign', overdue: 'Overdue', all: 'All' }[s]}</label>
          ))}
          <label className="inline-label"><input type="checkbox" checked={closed} onChange={(e) => setClosed(e.target.checked)} /> Done and dropped too</label>
        </div>
        {tasks === null ? (
          <p className="muted">Loading tasks…</p>
        ) : list.length === 0 ? (
          <EmptyState icon={ListChecks} title={show === 'overdue' ? 'Nothing overdue' : 'No tasks here'}>
            Everyone leaves a mass meeting with a task, however small: give them out in a meeting’s close-out, or to a team’s members.
          </EmptyState>
        ) : (
          groups.map(([campaignId, items]) => (
            <section key={campaignId} aria-label={show === 'campaign' ? campaignName(campaignId) : 'Tasks'}>
              {show === 'campaign' && <h3>{campaignName(campaignId)}</h3>}
              <ul className="people-list">
                {items.map((t) => <TaskItem key={t.id} session={session} task={t} overdue={isOverdue(t, now)} />)}
              </ul>
            </section>
          ))
        )}
      </div>
    </>
  )
}
