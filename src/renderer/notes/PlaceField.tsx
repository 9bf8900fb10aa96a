import { useId, useMemo, useState } from 'react'
import type { NotebookSession } from '../session/NotebookSession'
import { createPlace } from '../places/placeActions'
import { Chips, Typeahead } from './Typeahead'
import type { PlaceChoice } from './useNotebook'

/** The building or workplace (a place record, or a new one from free text) and the unit or department in it. */
export function PlaceField({ session, places, placeId, unit, onPlace, onUnit, focusUnit = false, label = 'Place' }: { focusUnit?: boolean; session: NotebookSession; places: PlaceChoice[]; placeId: string; unit: string; onPlace: (id: string) => void; onUnit: (unit: string) => void; /** The visible heading (the group and its inputs keep their names). */ label?: string }) {
  const listId = useId()
  const [error, setError] = useState('')
  const place = places.find((p) => p.id === placeId)
  const create = useMemo(
    () => ({ label: (text: string) => `New place “${text}”`, run: (text: string) => void createPlace(session, { kind: 'building', name: text, address: '' }, []).then((made) => ('error' in made ? setError(made.error) : (setError(''), onPlace(made.id)))) }),
    [session, onPlace],
  )
  return (
    <div className="note-field place" role="group" aria-label="Place">
      <span className="note-label">{label}</span>
      {placeId ? (
        <Chips ids={[placeId]} testId="note-place" name={() => place?.name ?? '…'} onRemove={() => onPlace('')} />
      ) : (
        <Typeahead label="Place" placeholder="Building or workplace" items={places} onPick={(p) => onPlace(p.id)} create={create} />
      )}
      <input className="input compact unit" autoFocus={focusUnit} aria-label="Unit" placeholder="Unit" list={listId} value={unit} onChange={(e) => onUnit(e.target.value)} />
      <datalist id={listId}>{place?.units.map((u) => <option key={u} value={u} />)}</datalist>
      {error && <span className="error-text" role="alert">{error}</span>}
    </div>
  )
}
