import { Flame } from 'lucide-react'
import { useState } from 'react'
import { ACTION_KIND_LABELS, ACTION_KINDS, type ActionDoc } from '../../shared/actions/action'
import { newActionDoc } from '../../shared/actions/actionMutations'
import { newId } from '../../shared/ids'
import type { ViewProps } from '../app/views'
import { formatDay } from '../contacts/formatDate'
import { useGatherings, usePickers } from '../meetings/useMobilization'
import { fromLocalInput } from '../notes/dates'
import { editRecord } from '../places/editRecord'
import { EmptyState } from '../views/EmptyState'
import { PageHeader } from '../views/PageHeader'
import { ActionPage } from './ActionPage'
import { TurnoutChart } from './TurnoutChart'
import '../styles/mobilize.css'

/** `#actions`: calls to action (speak-outs, delegations…), their call lists and turnout; `#actions/<id>` opens one. */
export function ActionsView({ session, param, go }: ViewProps) {
  const { actions } = useGatherings(session)
  const { campaigns, places } = usePickers(session)
  const [draft, setDraft] = useState({ title: '', kind: 'speakOut', date: '', placeId: '', target: '', campaignId: '' })
  const [error, setError] = useState('')
  const current = actions?.find((a) => a.id === param) ?? (param ? undefined : actions?.[0])
  const create = async (event: React.FormEvent) => {
    event.preventDefault()
    const id = newId()
    const failed = await editRecord<ActionDoc>(session, 'meetings', id, (shard, aid, now) => void (shard.records[aid] = newActionDoc(aid, { ...draft, date: fromLocalInput(draft.date) }, now)))
    setError(failed ?? '')
    if (!failed) {
      setDraft({ ...draft, title: '', target: '' })
      go('actions', id)
    }
  }
  const set = (field: keyof typeof draft) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setDraft({ ...draft, [field]: e.target.value })
  return (
    <>
      <PageHeader title="Actions" />
      <form className="quick-add mobilize-add" aria-label="New action" onSubmit={(e) => void create(e)}>
        <input className="input grow" aria-label="Action name" placeholder="Call people to action, e.g. Delegation to the management office" value={draft.title} onChange={set('title')} />
        <select className="select compact" aria-label="Kind of action" value={draft.kind} onChange={set('kind')}>
          {ACTION_KINDS.map((k) => <option key={k} value={k}>{ACTION_KIND_LABELS[k]}</option>)}
        </select>
        <input className="input compact" type="datetime-local" aria-label="Action date" value={draft.date} onChange={set('date')} />
        <select className="select compact" aria-label="Action place" value={draft.placeId} onChange={set('placeId')}>
          <option value="">No place</option>
          {places.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
        <input className="input compact" aria-label="Target" placeholder="Target" value={draft.target} onChange={set('target')} />
        <select className="select compact" aria-label="Action campaign" value={draft.campaignId} onChange={set('campaignId')}>
          <option value="">No campaign</option>
          {campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
        <button className="btn primary" type="submit">New action</button>
        {error && <span className="error-text" role="alert">{error}</span>}
      </form>
      <div className="page-body mobilize">
        {actions === null ? (
          <p className="muted mobilize-loading">Loading actions…</p>
        ) : actions.length === 0 ? (
          <EmptyState icon={Flame} title="No actions yet">
            A speak-out, a protest, a delegation to the target, a petition drop: build its call list from your contacts, ask people, record who committed and who came.
          </EmptyState>
        ) : (
          <>
            <nav className="record-list" aria-label="Actions">
              {actions.map((a) => (
                <button key={a.id} className="record-item" data-testid="action-row" aria-current={a.id === current?.id ? 'page' : undefined} onClick={() => go('actions', a.id)}>
                  <span className="record-name">{a.title}</span>
                  <span className="muted fine">{ACTION_KIND_LABELS[a.kind]} · {formatDay(a.date)} · {a.asks.filter((x) => x.state === 'came').length} came</span>
                </button>
              ))}
            </nav>
            <section className="record-detail" aria-label="Action">
              <TurnoutChart actions={actions} campaigns={campaigns} />
              {current ? <ActionPage key={current.id} session={session} action={current} places={places} /> : <p className="muted">This action is not in the notebook.</p>}
            </section>
          </>
        )}
      </div>
    </>
  )
}
