import { FileText } from 'lucide-react'
import { useState } from 'react'
import { agendaTemplate } from '../../shared/meetings/agenda'
import type { MeetingDoc } from '../../shared/meetings/meeting'
import { newMeetingDoc } from '../../shared/meetings/meetingMutations'
import { newId } from '../../shared/ids'
import type { ViewProps } from '../app/views'
import { formatDay } from '../contacts/formatDate'
import { fromLocalInput } from '../notes/dates'
import { editRecord } from '../places/editRecord'
import { useRoot } from '../session/useRoot'
import { EmptyState } from '../views/EmptyState'
import { PageHeader } from '../views/PageHeader'
import { MeetingPage } from './MeetingPage'
import { useGatherings, usePickers } from './useMobilization'
import '../styles/mobilize.css'

/** `#meetings`: mass meetings planned from the notebook's agenda template; `#meetings/<id>` opens one. */
export function MeetingsView({ session, param, go }: ViewProps) {
  const { meetings } = useGatherings(session)
  const { root } = useRoot(session)
  const { campaigns, places } = usePickers(session)
  const [draft, setDraft] = useState({ title: '', date: '', campaignId: '', placeId: '', facilitators: '' })
  const [error, setError] = useState('')
  const current = meetings?.find((m) => m.id === param) ?? (param ? undefined : meetings?.[0])

  const plan = async (event: React.FormEvent) => {
    event.preventDefault()
    const id = newId()
    const template = agendaTemplate(root?.meetingAgenda)
    const input = { title: draft.title, date: fromLocalInput(draft.date), campaignId: draft.campaignId, placeId: draft.placeId, facilitators: draft.facilitators.split(',') }
    const failed = await editRecord<MeetingDoc>(session, 'meetings', id, (shard, mid, now) => void (shard.records[mid] = newMeetingDoc(mid, input, template, now)))
    setError(failed ?? '')
    if (!failed) {
      setDraft({ title: '', date: '', campaignId: '', placeId: '', facilitators: '' })
      go('meetings', id)
    }
  }
  const set = (field: keyof typeof draft) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setDraft({ ...draft, [field]: e.target.value })

  return (
    <>
      <PageHeader title="Meetings" />
      <form className="quick-add mobilize-add" aria-label="Plan a meeting" onSubmit={(e) => void plan(e)}>
        <input className="input grow" aria-label="Meeting title" placeholder="Plan a mass meeting, e.g. Maple Court tenants’ meeting" value={draft.title} onChange={set('title')} />
        <input className="input compact" type="datetime-local" aria-label="Meeting date" value={draft.date} onChange={set('date')} />
        <select className="select compact" aria-label="Meeting campaign" value={draft.campaignId} onChange={set('campaignId')}>
          <option value="">No campaign</option>
          {campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
        <select className="select compact" aria-label="Meeting place" value={draft.placeId} onChange={set('placeId')}>
          <option value="">No place</option>
          {places.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
        <input className="input compact" aria-label="Facilitators" placeholder="Facilitators (comma between)" value={draft.facilitators} onChange={set('facilitators')} />
        <button className="btn primary" type="submit">Plan from the template</button>
        {error && <span className="error-text" role="alert">{error}</span>}
      </form>
      <div className="page-body mobilize">
        {meetings === null ? (
          <p className="muted mobilize-loading">Loading meetings…</p>
        ) : meetings.length === 0 ? (
          <EmptyState icon={FileText} title="No meetings yet">
            A mass meeting has five parts: speaking bitterness, sum-ups of recent actions, planning together, a political education piece, and an orientation for newcomers. Everyone signs in and
            leaves with a task. Plan one above: its agenda comes from the notebook’s template.
          </EmptyState>
        ) : (
          <>
            <nav className="record-list" aria-label="Meetings">
              {meetings.map((m) => (
                <button key={m.id} className="record-item" data-testid="meeting-row" aria-current={m.id === current?.id ? 'page' : undefined} onClick={() => go('meetings', m.id)}>
                  <span className="record-name">{m.title}</span>
                  <span className="muted fine">{formatDay(m.date)} · {m.signIns.length} signed in</span>
                </button>
              ))}
            </nav>
            <section className="record-detail" aria-label="Meeting">
              {current ? <MeetingPage key={current.id} session={session} meeting={current} campaigns={campaigns} places={places} /> : <p className="muted">This meeting is not in the notebook.</p>}
            </section>
          </>
        )}
      </div>
    </>
  )
}
