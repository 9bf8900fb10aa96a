import { X } from 'lucide-react'
import { useState } from 'react'
import { unitWord, type Place } from '../../shared/places/place'
import { addUnits, removeUnit, setPlaceField } from '../../shared/places/placeMutations'
import type { NotebookSession } from '../session/NotebookSession'
import { CommitInput, type CommitInputProps } from '../views/CommitInput'
import { editPlace } from './placeActions'
import { EMPTY_DRAFT, UnitLayoutInput, unitsOf } from './UnitLayoutInput'
import { PlaceKindSelect } from './PlaceKindSelect'

function CommitField({ label, ...input }: { label: string } & CommitInputProps) {
  return (
    <label className="field">
      <span>{label}</span>
      <CommitInput {...input} />
    </label>
  )
}

export function PlaceEditor({ session, place, onClose }: { session: NotebookSession; place: Place; onClose: () => void }) {
  const [draft, setDraft] = useState(EMPTY_DRAFT)
  const [error, setError] = useState('')
  const [added, setAdded] = useState('')
  const edit = async (mutate: Parameters<typeof editPlace>[2]) => setError((await editPlace(session, place.id, mutate)) ?? '')
  const many = unitWord(place.kind, true)
  // A controlled select is back at its old value by the time an async edit runs: read the value now.
  const setKind = (kind: string) => void edit((s, id, now) => setPlaceField(s, id, 'kind', kind, now))

  const add = async () => {
    const { units, error: layoutError } = unitsOf(draft)
    if (layoutError || !units.length) return setError(layoutError || `Type the ${many} to add`)
    let count = 0
    await edit((s, id, now) => void (count = addUnits(s, id, units, now)))
    setAdded(count ? `Added ${count} ${count === 1 ? unitWord(place.kind) : many}` : `All of those ${many} were already listed`)
    if (count) setDraft(EMPTY_DRAFT)
  }

  return (
    <section className="card place-editor" aria-label="Edit place">
      <div className="sheet-head">
        <h2>Edit place</h2>
        <span className="spacer" />
        <button className="btn" onClick={onClose}>
          Done
        </button>
      </div>
      <div className="place-form-fields">
        <PlaceKindSelect value={place.kind} onChange={setKind} />
        <CommitField label="Name" value={place.name} onCommit={(v) => void edit((s, id, now) => setPlaceField(s, id, 'name', v, now))} />
        <CommitField label="Address" value={place.address} onCommit={(v) => void edit((s, id, now) => setPlaceField(s, id, 'address', v, now))} />
      </div>
      <h3>
        {place.units.length} {many}
      </h3>
      <ul className="unit-chips" aria-label={`Listed ${many}`}>
        {place.units.map((u) => (
          <li key={u} className="tag">
            {u}
            <button className="link" aria-label={`Remove ${u}`} onClick={() => void edit((s, id, now) => removeUnit(s, id, u, now))}>
              <X size={12} aria-hidden />
            </button>
          </li>
        ))}
      </ul>
      <div className="field">
        <span className="label">Add {many}</span>
        <UnitLayoutInput kind={place.kind} draft={draft} onChange={setDraft} />
      </div>
      <div className="stack">
        <button className="btn" onClick={() => void add()}>
          Add {many}
        </button>
        <span className="muted" role="status">
          {added}
        </span>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
