import { Building2, Factory } from 'lucide-react'
import { useMemo } from 'react'
import { coverage, type ContactAt, type NoteAt } from '../../shared/places/coverage'
import { placeTitle, readPlace, type Place, type PlaceDoc } from '../../shared/places/place'
import { plural } from '../app/plural'
import { useStore } from '../app/useStore'
import { formatDay } from '../contacts/formatDate'
import { useNotes } from '../notes/useNoteRows'
import type { NotebookSession } from '../session/NotebookSession'
import { EmptyState } from '../views/EmptyState'
import { PlaceDuplicates } from './PlaceDuplicates'
import { useShardRecords } from '../session/useShardRecords'

function byPlace<T extends { placeId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const row of rows) if (row.placeId) map.set(row.placeId, [...(map.get(row.placeId) ?? []), row])
  return map
}

const readDoc = (doc: PlaceDoc): Place => readPlace(doc)

/** Every place with how much of it has been knocked, and what came of it. */
export function PlacesList({ session, onOpen, onNew }: { session: NotebookSession; onOpen: (id: string) => void; onNew: () => void }) {
  const all = useShardRecords(session, 'places', readDoc)
  // A place merged into another lives on as a redirect: the list shows the one it was merged into.
  const places = useMemo(() => all && all.filter((p) => !p.mergedInto), [all])
  const contacts = useStore(session.contacts)
  const notes = useNotes(session).rows

  const rows = useMemo(() => {
    const now = Date.now()
    const contactsAt = byPlace<ContactAt>(contacts)
    const notesAt = byPlace<NoteAt>(notes)
    return (places ?? [])
      .map((place) => ({ place, cov: coverage(place, contactsAt.get(place.id) ?? [], notesAt.get(place.id) ?? [], { now }) }))
      .sort((a, b) => placeTitle(a.place).localeCompare(placeTitle(b.place)))
  }, [places, contacts, notes])

  if (places === null) return <p className="muted places-loading">Loading places…</p>
  if (!rows.length)
    return (
      <EmptyState icon={Building2} title="No places yet" actions={<button className="btn primary" onClick={onNew}>New place</button>}>
        Add the buildings and workplaces you canvass, with their units or departments, and record every knock to see what is covered and where to go next.
      </EmptyState>
    )
  return (
    <div className="places-list">
      <PlaceDuplicates session={session} places={places ?? []} />
      <table className="places-table" aria-label="Places">
      <thead>
        <tr>
          <th>Place</th>
          <th>Covered</th>
          <th className="num">Units</th>
          <th className="num">Knocked</th>
          <th className="num">Conversations</th>
          <th className="num">Contacts</th>
          <th>Last knock</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ place, cov }) => {
          const Icon = place.kind === 'workplace' ? Factory : Building2
          const last = place.knocks.at(-1)
          return (
            <tr key={place.id} data-testid="place-row" tabIndex={0} onClick={() => onOpen(place.id)} onKeyDown={(e) => e.key === 'Enter' && onOpen(place.id)}>
              <td>
                <div className="place-name">
                  <Icon size={15} aria-hidden className="muted" />
                  <span>{placeTitle(place)}</span>
                </div>
                {place.name && place.address && <div className="muted fine">{place.address}</div>}
              </td>
              <td>
                <div className="meter" aria-label={`${cov.totals.percent}% knocked`}>
                  <span style={{ width: `${cov.totals.percent}%` }} />
                </div>
                <span className="fine">{cov.totals.percent}%</span>
              </td>
              <td className="num">{cov.totals.total}</td>
              <td className="num">{cov.totals.knocked}</td>
              <td className="num">{cov.totals.conversations}</td>
              <td className="num">{cov.totals.contacts}</td>
              <td className="muted">{last ? `${formatDay(last.at)} · ${plural(cov.totals.knocks, 'knock')}` : 'never'}</td>
            </tr>
          )
        })}
      </tbody>
      </table>
    </div>
  )
}
