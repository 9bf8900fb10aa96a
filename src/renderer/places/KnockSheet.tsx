import { useEffect, useMemo, useRef, useState } from 'react'
import { toLocalInput } from '../notes/dates'
import type { Coverage } from '../../shared/places/coverage'
import { KNOCK_LABELS, KNOCK_OUTCOMES, type KnockOutcome } from '../../shared/places/knocks'
import { recordKnock, removeKnock } from '../../shared/places/placeMutations'
import type { NotebookSession } from '../session/NotebookSession'
import { displayFloors, UnitTile } from './CoverageFloors'
import { editPlace } from './placeActions'

const KNOCKER_KEY = 'massline:knocker'
const HOUR = 3_600_000

interface Recorded {
  knockId: string
  unit: string
  outcome: KnockOutcome
}

/**
 * A night of knocks from the keyboard: the cursor sits on a unit, 1–5 record its outcome and
 * move to the next unit, arrows (or j/k) move, Backspace undoes the last knock recorded here.
 */
export function KnockSheet({ session, placeId, cov, cursor, onCursor, onClose }: { session: NotebookSession; placeId: string; cov: Coverage; cursor: string; onCursor: (unit: string) => void; onClose: () => void }) {
  const [when, setWhen] = useState('')
  const [by, setBy] = useState(() => localStorage.getItem(KNOCKER_KEY) ?? '')
  const [recorded, setRecorded] = useState<Recorded[]>([])
  const [message, setMessage] = useState('')
  const [error, setError] = useState('')
  const grid = useRef<HTMLDivElement>(null)
  const floors = useMemo(() => displayFloors(cov), [cov])
  const order = useMemo(() => floors.flatMap((f) => f.units.filter((u) => u.listed).map((u) => u.unit)), [floors])
  const index = Math.max(0, order.indexOf(cursor))
  const current = order[index]

  useEffect(() => localStorage.setItem(KNOCKER_KEY, by), [by])
  useEffect(() => {
    if (!order.includes(cursor) && order[0]) onCursor(order[0])
  }, [order, cursor, onCursor])
  useEffect(() => grid.current?.focus(), [])
  useEffect(() => {
    void grid.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' })
  }, [cursor])

  const move = (step: number) => {
    const next = order[Math.max(0, Math.min(order.length - 1, index + step))]
    if (next) onCursor(next)
  }

  const record = async (outcome: KnockOutcome) => {
    if (!current) return
    const chosen = when ? new Date(when).getTime() : Date.now()
    if (Number.isNaN(chosen)) return setError('The time is not a date and time')
    if (chosen > Date.now() + HOUR) return setError('The time is in the future: fix it before recording')
    // Knocks typed up for one time keep the order they were typed in.
    const at = when ? chosen + recorded.length : chosen
    let knockId = ''
    const failed = await editPlace(session, placeId, (shard, id, now) => void (knockId = recordKnock(shard, id, { unit: current, outcome, at, by }, now)))
    if (failed) return setError(failed)
    setError('')
    setRecorded((list) => [...list, { knockId, unit: current, outcome }])
    setMessage(`${current}: ${KNOCK_LABELS[outcome].toLowerCase()}`)
    move(1)
  }

  const undo = async () => {
    const last = recorded.at(-1)
    if (!last) return
    const failed = await editPlace(session, placeId, (shard, id, now) => removeKnock(shard, id, last.knockId, now))
    if (failed) return setError(failed)
    setRecorded((list) => list.slice(0, -1))
    setMessage(`Undid ${last.unit}: ${KNOCK_LABELS[last.outcome].toLowerCase()}`)
    onCursor(last.unit)
  }

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const step = { ArrowRight: 1, ArrowDown: 1, j: 1, ArrowLeft: -1, ArrowUp: -1, k: -1 }[event.key]
    if (step) {
      event.preventDefault()
      move(step)
    } else if (/^[1-5]$/.test(event.key)) {
      event.preventDefault()
      void record(KNOCK_OUTCOMES[Number(event.key) - 1]!)
    } else if (event.key === 'Backspace' || event.key === 'u') {
      event.preventDefault()
      void undo()
    } else if (event.key === 'Escape') onClose()
  }

  return (
    <section className="card knock-sheet" aria-label="Record knocks">
      <div className="knock-head">
        <h2>Record knocks</h2>
        <label className="inline-label">
          When
          <input type="datetime-local" className="input compact" aria-label="When" value={when} max={toLocalInput(Date.now() + HOUR)} onChange={(e) => setWhen(e.target.value)} />
        </label>
        {!when && <span className="muted fine">now</span>}
        <label className="inline-label">
          Knocked by
          <input className="input compact" aria-label="Knocked by" value={by} placeholder="your name" onChange={(e) => setBy(e.target.value)} />
        </label>
        <span className="spacer" />
        <button className="btn" onClick={onClose}>
          Done
        </button>
      </div>
      <p className="muted fine keys">
        Click a unit or move with the arrows (j/k). {KNOCK_OUTCOMES.map((o, i) => `${i + 1} ${KNOCK_LABELS[o].toLowerCase()}`).join(' · ')} · Backspace undoes.
      </p>
      <div className="knock-grid" ref={grid} role="listbox" aria-label="Units to knock" tabIndex={0} onKeyDown={onKeyDown} aria-activedescendant={current ? `knock-${current}` : undefined}>
        {floors.map((floor) => (
          <div key={floor.label} className="knock-floor" role="group" aria-label={floor.label}>
            <span className="knock-floor-label muted">{floor.label}</span>
            <div className="tiles">
              {floor.units
                .filter((u) => u.listed)
                .map((unit) => (
                  <UnitTile
                    key={unit.unit}
                    id={`knock-${unit.unit}`}
                    role="option"
                    unit={unit}
                    selected={unit.unit === current}
                    onClick={() => (onCursor(unit.unit), grid.current?.focus())}
                  />
                ))}
            </div>
          </div>
        ))}
      </div>
      <div className="outcome-bar knock-outcomes" aria-label="Outcome">
        {KNOCK_OUTCOMES.map((o, i) => (
          <button key={o} className="btn" data-outcome={o} disabled={!current} onClick={() => void record(o)}>
            <kbd>{i + 1}</kbd> {KNOCK_LABELS[o]}
          </button>
        ))}
        <button className="btn subtle" disabled={!recorded.length} onClick={() => void undo()}>
          Undo last
        </button>
        <span className="muted" role="status" data-testid="knock-status">
          {error ? '' : message && `${message} · ${recorded.length} recorded this sitting`}
        </span>
        {error && (
          <span className="error-text" role="alert">
            {error}
          </span>
        )}
      </div>
    </section>
  )
}
