import { useMemo, useState } from 'react'
import type { Action, ActionDoc } from '../../shared/actions/action'
import { addToCallList } from '../../shared/actions/actionMutations'
import { callList, type CallListFilter } from '../../shared/actions/callList'
import { LEVEL_LABELS, LEVELS, type Level } from '../../shared/contacts/levels'
import { plural } from '../app/plural'
import { useStore } from '../app/useStore'
import { usePickers } from '../meetings/useMobilization'
import { editRecord } from '../places/editRecord'
import type { NotebookSession } from '../session/NotebookSession'

/** Filters that build an action's call list (level, reservoir, place, language, last contact); the backward and "do not call" are never on it. */
export function CallListBuilder({ session, action }: { session: NotebookSession; action: Action }) {
  const rows = useStore(session.contacts)
  const { places } = usePickers(session)
  const [filter, setFilter] = useState<CallListFilter>({ levels: [], reservoir: 'with' })
  const [added, setAdded] = useState('')
  const found = useMemo(() => callList(rows, action.campaignId, filter, Date.now()), [rows, action.campaignId, filter])
  const onList = new Set(action.asks.map((a) => a.contactId))
  const fresh = found.filter((r) => !onList.has(r.id))
  const toggleLevel = (level: Level, on: boolean) => setFilter({ ...filter, levels: on ? [...(filter.levels ?? []), level] : (filter.levels ?? []).filter((l) => l !== level) })
  const days = (value: string) => (value ? Number(value) : undefined)
  const add = async () => {
    const ids = fresh.map((r) => r.id)
    await editRecord<ActionDoc>(session, 'meetings', action.id, (d, id, now) => void addToCallList(d, id, ids, now))
    setAdded(`Added ${plural(ids.length, 'person', 'people')} to the call list`)
  }
  return (
    <details className="card" open={action.asks.length === 0} aria-label="Build the call list">
      <summary>Build the call list</summary>
      <div className="filters">
        {LEVELS.filter((l) => l !== 'backward').map((l) => (
          <label key={l} className="inline-label"><input type="checkbox" checked={filter.levels?.includes(l) ?? false} onChange={(e) => toggleLevel(l, e.target.checked)} /> {LEVEL_LABELS[l]}</label>
        ))}
        <select className="select compact" aria-label="Reservoir" value={filter.reservoir} onChange={(e) => setFilter({ ...filter, reservoir: e.target.value as CallListFilter['reservoir'] })}>
          <option value="with">With the reservoir</option>
          <option value="only">Only the reservoir</option>
          <option value="without">Without the reservoir</option>
        </select>
        <select className="select compact" aria-label="Place filter" value={filter.placeId ?? ''} onChange={(e) => setFilter({ ...filter, placeId: e.target.value })}>
          <option value="">Any place</option>
          {places.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
        <input className="input compact" aria-label="Language filter" placeholder="Language" value={filter.language ?? ''} onChange={(e) => setFilter({ ...filter, language: e.target.value })} />
        <input className="input compact" type="number" min={1} aria-label="Quiet for days" placeholder="Not contacted in N days" value={filter.quietForDays ?? ''} onChange={(e) => setFilter({ ...filter, quietForDays: days(e.target.value) })} />
        <input className="input compact" type="number" min={1} aria-label="Contacted within days" placeholder="Contacted in the last N days" value={filter.contactedWithinDays ?? ''} onChange={(e) => setFilter({ ...filter, contactedWithinDays: days(e.target.value) })} />
      </div>
      <div className="stack">
        <span data-testid="call-list-found">{plural(found.length, 'person', 'people')} match{fresh.length < found.length && `, ${found.length - fresh.length} already on the list`}</span>
        <button className="btn primary" disabled={!fresh.length} onClick={() => void add()}>Add {plural(fresh.length, 'person', 'people')} to the call list</button>
        <span className="muted" role="status">{added}</span>
      </div>
    </details>
  )
}
