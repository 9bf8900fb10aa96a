import { useState } from 'react'
import { CADENCE_OVERRIDES, type Contact, type ContactDoc } from '../../shared/contacts/contact'
import { logInteraction, setCadence, setLevel, setSnooze } from '../../shared/contacts/contactMutations'
import { DAY_MS, followFacts, followStatus, type FollowUpRules } from '../../shared/contacts/followUp'
import { INTERACTION_KINDS, KIND_LABELS, OUTCOME_LABELS, OUTCOMES, type InteractionKind, type Outcome } from '../../shared/contacts/interactions'
import { LEVEL_LABELS, LEVELS, levelEntries, type Level } from '../../shared/contacts/levels'
import type { ShardDoc } from '../../shared/notebook/schema'
import { CampaignPicker } from '../campaigns/CampaignPicker'
import type { NotebookSession } from '../session/NotebookSession'
import { formatDay } from './formatDate'

type Edit = (mutate: (doc: ShardDoc<ContactDoc>, now: number) => void) => void

/** The follow-up line, the level movement per campaign, and the interaction log of one contact. */
export function ContactActivity({ session, contact, stored, rules, campaigns, edit }: { session: NotebookSession; contact: Contact; stored: ContactDoc; rules: FollowUpRules; campaigns: Map<string, string>; edit: Edit }) {
  const now = Date.now()
  const status = followStatus({ follow: followFacts(contact), levels: contact.levels }, rules, now)
  const id = contact.id
  return (
    <>
      <h3>Follow-up</h3>
      <p data-testid="contact-next">
        {status.state === 'retired' ? 'Not called again: the last call found a wrong number' : `Next contact ${formatDay(status.next, now)}`} <span className={`pill ${status.state}`}>{status.promiseLate ? 'promised, late' : status.state}</span>
      </p>
      <div className="stack">
        <select className="select compact" aria-label="Cadence" value={contact.cadence} onChange={(e) => edit((d, t) => setCadence(d, id, e.target.value as Contact['cadence'], t))}>
          <option value="">Pace from levels</option>
          {CADENCE_OVERRIDES.map((c) => <option key={c} value={c}>{c === 'core' ? 'In the core (weekly)' : 'Reservoir (every 8 weeks)'}</option>)}
        </select>
        <button className="btn" onClick={() => edit((d, t) => setSnooze(d, id, contact.snoozedUntil > t ? 0 : t + 7 * DAY_MS, t))}>{contact.snoozedUntil > now ? 'Wake up' : 'Snooze a week'}</button>
      </div>
      <Levels session={session} history={levelEntries(stored)} campaigns={campaigns} onSet={(campaignId, level, why) => edit((d, t) => setLevel(d, id, campaignId, { level, why }, t))} />
      <Log contact={contact} onLog={(input) => edit((d, t) => logInteraction(d, id, { ...input, at: t }, t))} />
    </>
  )
}

function Levels({ session, history, campaigns, onSet }: { session: NotebookSession; history: ReturnType<typeof levelEntries>; campaigns: Map<string, string>; onSet: (campaignId: string, level: Level, why: string) => void }) {
  const [campaign, setCampaign] = useState('')
  const [level, setLevelChoice] = useState<Level>('intermediate')
  const [why, setWhy] = useState('')
  const byCampaign = new Map<string, typeof history>()
  for (const entry of history) byCampaign.set(entry.campaignId, [...(byCampaign.get(entry.campaignId) ?? []), entry])
  return (
    <section aria-label="Levels">
      <h3>Levels per struggle</h3>
      {[...byCampaign].map(([c, entries]) => (
        <div key={c} className="level-track" data-testid="level-track">
          <strong>{campaigns.get(c) ?? c}</strong>
          <ol className="timeline">
            {entries.map((e) => (
              <li key={e.id}>
                <span className={`tag level-${e.level}`}>{LEVEL_LABELS[e.level]}</span> <span className="muted">{formatDay(e.at)}{e.by && ` · ${e.by}`}{e.why && ` · ${e.why}`}</span>
              </li>
            ))}
          </ol>
        </div>
      ))}
      <div className="stack">
        <CampaignPicker session={session} campaigns={campaigns} value={campaign} onChange={setCampaign} label="Campaign for the level" />
        <select className="select compact" aria-label="Level" value={level} onChange={(e) => setLevelChoice(e.target.value as Level)}>
          {LEVELS.map((l) => <option key={l} value={l}>{LEVEL_LABELS[l]}</option>)}
        </select>
        <input className="input compact" aria-label="Why" placeholder="Why" value={why} onChange={(e) => setWhy(e.target.value)} />
        <button className="btn" disabled={!campaign} onClick={() => (onSet(campaign, level, why), setWhy(''))}>Set level</button>
      </div>
    </section>
  )
}

function Log({ contact, onLog }: { contact: Contact; onLog: (input: { kind: InteractionKind; outcome: Outcome; minutes: number; note: string; promise: { due: number; what: string } | null }) => void }) {
  const [kind, setKind] = useState<InteractionKind>('call')
  const [outcome, setOutcome] = useState<Outcome>('reached')
  const [minutes, setMinutes] = useState('')
  const [note, setNote] = useState('')
  const [promise, setPromise] = useState('')
  const submit = () => {
    onLog({ kind, outcome, minutes: Number(minutes) || 0, note, promise: promise ? { due: new Date(`${promise}T12:00`).getTime(), what: '' } : null })
    setNote('')
    setMinutes('')
    setPromise('')
  }
  return (
    <section aria-label="Interaction log">
      <h3>Interactions</h3>
      <div className="log-form">
        <select className="select compact" aria-label="Kind" value={kind} onChange={(e) => setKind(e.target.value as InteractionKind)}>{INTERACTION_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}</select>
        <select className="select compact" aria-label="Outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)}>{OUTCOMES.map((o) => <option key={o} value={o}>{OUTCOME_LABELS[o]}</option>)}</select>
        <input className="input compact" aria-label="Minutes" placeholder="min" inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        <input className="input compact" aria-label="Follow-up promised on" type="date" value={promise} onChange={(e) => setPromise(e.target.value)} />
        <input className="input" aria-label="What was said" placeholder="What was said, what was agreed" value={note} onChange={(e) => setNote(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && submit()} />
        <button className="btn primary" onClick={submit}>Log</button>
      </div>
      <ol className="log" data-testid="interaction-log">
        {[...contact.interactions].reverse().map((i) => (
          <li key={i.id}>
            <strong>{KIND_LABELS[i.kind]}</strong> · {OUTCOME_LABELS[i.outcome]} <span className="muted">{formatDay(i.at)}{i.minutes ? ` · ${i.minutes} min` : ''}{i.by && ` · ${i.by}`}</span>
            {i.note && <div>{i.note}</div>}
            {i.promise && <div className="muted">Promised a follow-up by {formatDay(i.promise.due)}{i.promise.what && `: ${i.promise.what}`}</div>}
          </li>
        ))}
      </ol>
    </section>
  )
}
