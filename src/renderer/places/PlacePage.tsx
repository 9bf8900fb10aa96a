import type { DocHandle } from '@automerge/automerge-repo'
import { ArrowLeft, Building2 } from 'lucide-react'
import { useEffect, useMemo, useState } from 'react'
import type { ShardDoc } from '../../shared/notebook/schema'
import { coverage } from '../../shared/places/coverage'
import { KNOCK_LABELS, KNOCK_OUTCOMES } from '../../shared/places/knocks'
import { placeTitle, readPlace, unitWord, type PlaceDoc } from '../../shared/places/place'
import { plural } from '../app/plural'
import { useStore } from '../app/useStore'
import type { Go } from '../app/views'
import { useDoc } from '../contacts/useDoc'
import { useNotes } from '../notes/useNoteRows'
import type { NotebookSession } from '../session/NotebookSession'
import { EmptyState } from '../views/EmptyState'
import { PageHeader } from '../views/PageHeader'
import { CoverageFloors } from './CoverageFloors'
import { KnockSheet } from './KnockSheet'
import { reasonText } from './outcomeLabels'
import { PlaceEditor } from './PlaceEditor'
import { UnitPanel } from './UnitPanel'

const NEXT_SHOWN = 12

/** `#places/<id>`: a place's coverage by floor, where to knock next, and the knock sheet. */
export function PlacePage({ session, placeId, go }: { session: NotebookSession; placeId: string; go: Go }) {
  const [handle, setHandle] = useState<DocHandle<ShardDoc<PlaceDoc>>>()
  const doc = useDoc(handle)
  const contacts = useStore(session.contacts)
  const notes = useNotes(session).rows
  const [mode, setMode] = useState<'view' | 'knock' | 'edit'>('view')
  const [selected, setSelected] = useState('')
  const [error, setError] = useState('')
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    let live = true
    void session.shardOf<PlaceDoc>('places', placeId).then((h) => live && setHandle(h))
    return () => {
      live = false
    }
  }, [session, placeId])

  const stored = doc?.records[placeId]
  const place = useMemo(() => (stored ? readPlace(stored) : null), [stored])
  // Knocking moves the clock on; coverage reads it for the waiting times.
  useEffect(() => setNow(Date.now()), [place])
  const cov = useMemo(() => place && coverage(place, contacts, notes, { now }), [place, contacts, notes, now])

  if (!doc) return <p className="muted places-loading">Loading…</p>
  if (!place || !cov)
    return (
      <>
        <PageHeader title="Places" />
        <div className="page-body">
          <EmptyState icon={Building2} title="This place is not in the notebook" actions={<button className="btn" onClick={() => go('places')}>All places</button>}>
            It may have been deleted on another device, or the link is wrong.
          </EmptyState>
        </div>
      </>
    )

  if (place.mergedInto)
    return (
      <>
        <PageHeader title={placeTitle(place)} />
        <div className="page-body">
          <EmptyState icon={Building2} title="This place was merged into another" actions={<button className="btn primary" onClick={() => go('places', place.mergedInto)}>Open the place it was merged into</button>}>
            It was entered twice; its knocks, units, contacts and notes are on the place it was merged into.
          </EmptyState>
        </div>
      </>
    )

  const many = unitWord(place.kind, true)
  const selectedUnit = cov.units.find((u) => u.unit === selected)
  const { totals } = cov
  return (
    <>
      <PageHeader title={placeTitle(place)}>
        <button className="btn subtle" onClick={() => go('places')}>
          <ArrowLeft size={14} aria-hidden /> All places
        </button>
        <button className="btn" onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')}>
          Edit place
        </button>
        {mode !== 'knock' && (
          <button className="btn primary" onClick={() => setMode('knock')} disabled={totals.total === 0}>
            Record knocks
          </button>
        )}
      </PageHeader>
      <div className="page-body scroll">
        <div className="place-page">
          <div className="place-main">
            {mode === 'edit' && <PlaceEditor session={session} place={place} onClose={() => setMode('view')} />}
            <section className="card place-totals" aria-label="Coverage">
              <div className="muted fine">{place.name && place.address ? place.address : place.kind === 'workplace' ? 'Workplace' : 'Building'}</div>
              <div className="meter big" aria-hidden>
                <span style={{ width: `${totals.percent}%` }} />
              </div>
              <dl className="stats place-stats" data-testid="place-totals">
                <div>
                  <dt>Knocked</dt>
                  <dd>
                    {totals.knocked} of {totals.total} {many} ({totals.percent}%)
                  </dd>
                </div>
                <div>
                  <dt>Conversations</dt>
                  <dd>{totals.conversations}</dd>
                </div>
                <div>
                  <dt>Contacts</dt>
                  <dd>{totals.contacts}</dd>
                </div>
              </dl>
              <p className="outcome-counts muted fine" data-testid="outcome-counts">
                {plural(totals.knocks, 'knock')}
                {KNOCK_OUTCOMES.filter((o) => totals.byOutcome[o]).map((o) => ` · ${KNOCK_LABELS[o].toLowerCase()} ${totals.byOutcome[o]}`)}
              </p>
              {(cov.noUnit.contacts > 0 || cov.noUnit.conversations > 0) && (
                <p className="muted fine" data-testid="no-unit">
                  Of these, {[cov.noUnit.contacts && plural(cov.noUnit.contacts, 'contact'), cov.noUnit.conversations && plural(cov.noUnit.conversations, 'conversation')].filter(Boolean).join(' and ')} with no {unitWord(place.kind)} given.
                </p>
              )}
            </section>
            {totals.total === 0 && mode !== 'edit' && (
              <p className="card muted">
                No {many} listed yet. <button className="link accent" onClick={() => setMode('edit')}>Lay out the {many}</button> to start recording knocks.
              </p>
            )}
            {mode === 'knock' ? (
              <KnockSheet session={session} placeId={place.id} cov={cov} cursor={selected} onCursor={setSelected} onClose={() => setMode('view')} />
            ) : (
              <CoverageFloors cov={cov} unitsWord={many} selected={selected} onSelect={setSelected} />
            )}
          </div>
          <aside className="place-side" aria-label="Next and details">
            {error && (
              <p className="error-text" role="alert">
                {error}
              </p>
            )}
            {selectedUnit && <UnitPanel session={session} placeId={place.id} unit={selectedUnit} contacts={contacts} notes={notes} go={go} onError={setError} />}
            <section className="card" aria-label="Knock next">
              <h2>Knock next</h2>
              {cov.next.length === 0 ? (
                <p className="muted">Every {unitWord(place.kind)} has been knocked; what is left is follow-up with the people you talked to.</p>
              ) : (
                <ol className="next-list" data-testid="next-list">
                  {cov.next.slice(0, NEXT_SHOWN).map((n) => (
                    <li key={n.unit}>
                      <button className="link" onClick={() => setSelected(n.unit)}>
                        <strong>{n.unit}</strong>
                      </button>{' '}
                      <span className="muted">{reasonText(n.reason, now)}</span>
                    </li>
                  ))}
                </ol>
              )}
              {cov.next.length > NEXT_SHOWN && <p className="muted fine">and {cov.next.length - NEXT_SHOWN} more</p>}
            </section>
          </aside>
        </div>
      </div>
    </>
  )
}
