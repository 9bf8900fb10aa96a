import { useState } from 'react'
import { TACTIC_STATUS_LABELS, TACTIC_STATUSES, type Tactic, type TacticStatus } from '../../../shared/campaigns/plan'
import { addTactic, editTactic } from '../../../shared/campaigns/planMutations'
import type { PlanEdit } from './usePlanEdit'

const dayInput = (t: number) => (t ? new Date(t).toISOString().slice(0, 10) : '')
const fromDayInput = (v: string) => (v ? Date.parse(`${v}T12:00:00Z`) : 0)

/** Escalating tactics, lowest rung first, each with a planned date and a status. */
export function TacticsLadder({ tactics, edit }: { tactics: Tactic[]; edit: PlanEdit }) {
  const [name, setName] = useState('')
  const [date, setDate] = useState('')
  const [error, setError] = useState('')
  // The patch is read from the event now: React puts a controlled field back before the edit runs.
  const patch = (tacticId: string, change: Parameters<typeof editTactic>[3]) => void edit((s, id, now) => editTactic(s, id, tacticId, change, now))
  const add = async () => {
    const failed = await edit((s, id, now) => void addTactic(s, id, { name, plannedAt: fromDayInput(date) }, now))
    setError(failed ?? '')
    if (failed) return
    setName('')
    setDate('')
  }
  return (
    <section className="plan-section" aria-label="Tactics">
      <h3>Tactics ladder</h3>
      <ol className="tactics" aria-label="Tactics ladder">
        {tactics.map((t, i) => (
          <li key={t.id} data-testid="tactic" className={`tactic-${t.status}`}>
            <span className="tactic-name">{t.name}</span>
            <input type="date" className="input" aria-label={`Tactic ${i + 1} planned for`} value={dayInput(t.plannedAt)} onChange={(e) => patch(t.id, { plannedAt: fromDayInput(e.target.value) })} />
            <select className="select" aria-label={`Tactic ${i + 1} status`} value={t.status} onChange={(e) => patch(t.id, { status: e.target.value as TacticStatus })}>
              {TACTIC_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {TACTIC_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ol>
      <div className="stack">
        <input className="input" aria-label="New tactic" placeholder="Next rung, e.g. Delegation to the landlord’s office" value={name} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && void add()} />
        <input type="date" className="input" aria-label="New tactic planned for" value={date} onChange={(e) => setDate(e.target.value)} />
        <button type="button" className="btn" onClick={() => void add()}>
          Add tactic
        </button>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
