import { PLACE_KINDS } from '../../shared/places/place'

/** Building (with units) or workplace (with departments). */
export function PlaceKindSelect({ value, onChange }: { value: string; onChange: (kind: string) => void }) {
  return (
    <label className="field">
      <span>Kind</span>
      <select className="select" value={value} onChange={(e) => onChange(e.target.value)}>
        {PLACE_KINDS.map((k) => (
          <option key={k} value={k}>
            {k === 'building' ? 'Building (units)' : 'Workplace (departments)'}
          </option>
        ))}
      </select>
    </label>
  )
}
