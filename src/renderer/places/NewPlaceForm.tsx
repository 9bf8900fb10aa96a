import { useEffect, useState } from 'react'
import type { PlaceKind } from '../../shared/places/place'
import type { NotebookSession } from '../session/NotebookSession'
import { createPlace } from './placeActions'
import { EMPTY_DRAFT, UnitLayoutInput, unitsOf } from './UnitLayoutInput'
import { PlaceKindSelect } from './PlaceKindSelect'

/** Name, address and the units laid out in one go; opens the new place's coverage once made. */
export function NewPlaceForm({ session, onCreated, onCancel }: { session: NotebookSession; onCreated: (id: string) => void; onCancel: () => void }) {
  const [kind, setKind] = useState<PlaceKind>('building')
  const [name, setName] = useState('')
  const [address, setAddress] = useState('')
  const [draft, setDraft] = useState(EMPTY_DRAFT)
  const [error, setError] = useState('')
  const { units, error: layoutError } = unitsOf(draft)
  // An error speaks of what was submitted; once the form changes it no longer applies.
  useEffect(() => setError(''), [kind, name, address, draft])

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    if (layoutError) return setError(layoutError)
    const result = await createPlace(session, { kind, name, address }, units)
    if ('error' in result) setError(result.error)
    else onCreated(result.id)
  }

  return (
    <form className="sheet place-form" aria-label="New place" onSubmit={(e) => void submit(e)}>
      <div className="sheet-head">
        <h2>New place</h2>
        <span className="spacer" />
        <button type="button" className="btn subtle" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <div className="place-form-fields">
        <PlaceKindSelect value={kind} onChange={(k) => setKind(k as PlaceKind)} />
        <label className="field">
          <span>Name</span>
          <input className="input" autoFocus value={name} onChange={(e) => setName(e.target.value)} placeholder="Maple Court" />
        </label>
        <label className="field">
          <span>Address</span>
          <input className="input" value={address} onChange={(e) => setAddress(e.target.value)} placeholder="1200 Maple Ave" />
        </label>
      </div>
      <div className="field">
        <span className="label">{kind === 'workplace' ? 'Departments' : 'Units'}</span>
        <UnitLayoutInput kind={kind} draft={draft} onChange={setDraft} />
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <button className="btn primary" type="submit">
        Create place
      </button>
    </form>
  )
}
