import { useEffect, useMemo, useRef, useState } from 'react'
import { ACTION_KIND_LABELS, ASK_LABELS, type Action, type ActionDoc, type AskState } from '../../shared/actions/action'
import { markFollowUpsScheduled, setAsk } from '../../shared/actions/actionMutations'
import { turnout } from '../../shared/actions/turnout'
import { DAY_MS } from '../../shared/contacts/followUp'
import { isFirstTimer, logAttendance } from '../../shared/meetings/attendance'
import type { Place } from '../../shared/places/place'
import { editContacts, logContact } from '../contacts/contactActions'
import { formatDay } from '../contacts/formatDate'
import { useMe } from '../meetings/useMobilization'
import { formatWhen } from '../notes/dates'
import { editRecord } from '../places/editRecord'
import type { NotebookSession } from '../session/NotebookSession'
import { CallListBuilder } from './CallListBuilder'

/** The one-key steps, in the order of keys 1–4. */
const KEYS: AskState[] = ['asked', 'committed', 'came', 'declined']
const FOLLOW_UP_DAYS = 2

/** One action: its call list worked from the keyboard (j/k move, 1 asked, 2 committed, 3 came, 4 said no), turnout, and follow-ups for everyone who came. */
export function ActionPage({ session, action, places }: { session: NotebookSession; action: Action; places: Place[] }) {
  const [me] = useMe()
  const [cursor, setCursor] = useState(0)
  const [status, setStatus] = useState('')
  const list = useRef<HTMLOListElement>(null)
  const counts = turnout(action)
  const asks = useMemo(() => [...action.asks].sort((a, b) => (session.contacts.byId(a.contactId)?.name ?? '').localeCompare(session.contacts.byId(b.contactId)?.name ?? '')), [action.asks, session.contacts])
  const current = asks[Math.min(cursor, asks.length - 1)]
  const place = places.find((p) => p.id === action.placeId)
  const edit = (mutate: Parameters<typeof editRecord<ActionDoc>>[3]) => editRecord<ActionDoc>(session, 'meetings', action.id, mutate)

  const mark = async (state: AskState) => {
    if (!current) return
    const id = current.contactId
    const firstTime = state === 'came' && isFirstTimer((await session.contactShard(id)).doc().records[id], 'action', action.id)
    await edit((d, aid, now) => setAsk(d, aid, id, state, { by: me, firstTime }, now))
    // Asking is a call: it reaches the follow-up engine like one logged on Today.
    if (state === 'asked' || state === 'committed' || state === 'declined') await logContact(session, id, { kind: 'call', at: Date.now(), outcome: state === 'declined' ? 'notInterested' : 'reached', by: me, campaignId: action.campaignId })
    if (state === 'came') await editContacts(session, [id], (shard, cid, now) => logAttendance(shard, cid, { gathering: 'action', id: action.id, at: action.date, campaignId: action.campaignId, by: me }, now))
    setStatus(`${session.contacts.byId(id)?.name ?? 'Someone'}: ${ASK_LABELS[state].toLowerCase()}${firstTime ? ' (first time)' : ''}`)
  }

  const scheduleFollowUps = async () => {
    const came = action.asks.filter((a) => a.state === 'came').map((a) => a.contactId).filter((id) => session.contacts.byId(id))
    const due = Math.max(Date.now(), action.date) + FOLLOW_UP_DAYS * DAY_MS
    await editContacts(session, came, (shard, cid, now) => logAttendance(shard, cid, { gathering: 'action', id: action.id, at: action.date, campaignId: action.campaignId, by: me, promise: { due, what: `Follow up after ${action.title}` } }, now))
    await edit((d, aid, now) => markFollowUpsScheduled(d, aid, now))
    setStatus(`Follow-up calls scheduled for ${came.length} who came, due ${formatDay(due)}`)
  }

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const move = event.key === 'j' || event.key === 'ArrowDown' ? 1 : event.key === 'k' || event.key === 'ArrowUp' ? -1 : 0
    if (move) {
      event.preventDefault()
      setCursor((c) => Math.max(0, Math.min(asks.length - 1, c + move)))
    } else if (/^[1-4]$/.test(event.key)) {
      event.preventDefault()
      void mark(KEYS[Number(event.key) - 1]!)
    }
  }
  useEffect(() => {
    void list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' })
  }, [cursor])

  return (
    <>
      <h2 data-testid="action-title">{action.title}</h2>
      <p className="muted">
        {ACTION_KIND_LABELS[action.kind]} · {formatWhen(action.date)}
        {place && ` · ${place.name}`}
        {action.target && ` · target: ${action.target}`}
      </p>
      <p data-testid="turnout" className="turnout-line">
        <strong>{counts.came} came</strong> ({counts.firstTimers} first time) · {counts.committed + counts.came} committed · {counts.asked + counts.committed + counts.came + counts.declined} asked · {counts.declined} said no · {counts.listed} still to ask
      </p>
      <CallListBuilder session={session} action={action} />
      <h3>Call list ({asks.length})</h3>
      <p className="muted keys">j/k move · {KEYS.map((k, i) => `${i + 1} ${ASK_LABELS[k].toLowerCase()}`).join(' · ')}</p>
      <ol className="people-list" ref={list} role="listbox" aria-label="Call list" tabIndex={0} onKeyDown={onKeyDown} aria-activedescendant={current && `ask-${current.contactId}`}>
        {asks.map((a, i) => {
          const row = session.contacts.byId(a.contactId)
          return (
            <li key={a.contactId} id={`ask-${a.contactId}`} role="option" data-testid="ask-row" aria-selected={a.contactId === current?.contactId} onClick={() => setCursor(i)}>
              <span className="name">{row?.name ?? 'Someone not in this notebook'}</span>
              <span className="cell">{row?.phone}</span>
              <span className={`pill ${a.state === 'came' ? 'due' : a.state === 'declined' ? 'overdue' : ''}`} data-testid="ask-state">{ASK_LABELS[a.state]}</span>
              {a.firstTime && <span className="pill first">First time</span>}
            </li>
          )
        })}
      </ol>
      <div className="stack">
        <button className="btn" disabled={!counts.came} onClick={() => void scheduleFollowUps()}>Schedule follow-up calls for everyone who came</button>
        {action.followUpsAt > 0 && <span className="muted">Scheduled {formatDay(action.followUpsAt)}</span>}
        <span className="muted" role="status" data-testid="action-status">{status}</span>
      </div>
    </>
  )
}
