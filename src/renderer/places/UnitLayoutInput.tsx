import { useId, useState } from 'react'
import type { PlaceKind } from '../../shared/places/place'
import { layoutUnits, parseUnitList } from '../../shared/places/units'

export interface UnitDraft {
  mode: 'grid' | 'list'
  floors: string
  perFloor: string
  list: string
}

export const EMPTY_DRAFT: UnitDraft = { mode: 'grid', floors: '', perFloor: '', list: '' }

/** The units a draft lays out, or why it cannot; an untouched draft lays out nothing. */
export function unitsOf(draft: UnitDraft): { units: string[]; error: string } {
  try {
    if (draft.mode === 'list') return { units: parseUnitList(draft.list), error: '' }
    if (!draft.floors.trim() && !draft.perFloor.trim()) return { units: [], error: '' }
    return { units: layoutUnits(draft.floors, draft.perFloor), error: '' }
  } catch (error) {
    return { units: [], error: (error as Error).message }
  }
}

function preview(units: string[]): string {
  if (!units.length) return ''
  const shown = units.length > 8 ? [...units.slice(0, 6), '…', units.at(-1)] : units
  return `${units.length} ${units.length === 1 ? 'unit' : 'units'}: ${shown.join(', ')}`
}

/** Floors × units per floor for a building, or a typed list (departments for a workplace). */
export function UnitLayoutInput({ kind, draft, onChange }: { kind: PlaceKind; draft: UnitDraft; onChange: (draft: UnitDraft) => void }) {
  const id = useId()
  const [touched, setTouched] = useState(false)
  const { units, error } = unitsOf(draft)
  const set = (patch: Partial<UnitDraft>) => (setTouched(true), onChange({ ...draft, ...patch }))
  const workplace = kind === 'workplace'
  const mode = workplace ? 'list' : draft.mode
  return (
    <div className="unit-layout">
      {!workplace && (
        <div className="segmented" role="radiogroup" aria-label="How to lay out units">
          <label>
            <input type="radio" name={id} checked={mode === 'grid'} onChange={() => set({ mode: 'grid' })} /> Floors × units
          </label>
          <label>
            <input type="radio" name={id} checked={mode === 'list'} onChange={() => set({ mode: 'list' })} /> Typed list
          </label>
        </div>
      )}
      {mode === 'grid' ? (
        <div className="layout-grid">
          <label className="inline-label">
            Floors
            <input className="input compact" aria-label="Floors" placeholder="1-6" value={draft.floors} onChange={(e) => set({ floors: e.target.value })} />
          </label>
          <span className="muted">×</span>
          <label className="inline-label">
            Units per floor
            <input className="input compact" aria-label="Units per floor" placeholder="A-D" value={draft.perFloor} onChange={(e) => set({ perFloor: e.target.value })} />
          </label>
        </div>
      ) : (
        <textarea
          className="textarea"
          aria-label={workplace ? 'Departments' : 'Units'}
          placeholder={workplace ? 'Shipping, Packing, Night shift' : '1A, 1B, 2A-2D, 101-110'}
          value={draft.list}
          onChange={(e) => set({ list: e.target.value, mode: 'list' })}
        />
      )}
      <span className={error && touched ? 'error-text' : 'help muted'} data-testid="unit-preview">
        {touched && error ? error : preview(units) || (workplace ? 'One department per line or comma.' : 'e.g. floors 1-6 × units A-D, or 1-3 × 1-4 for 101…304.')}
      </span>
    </div>
  )
}
