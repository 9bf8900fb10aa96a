import type { MatrixFilter } from '../../shared/notes/matrix'

/** The filter as typed: ids and yyyy-mm-dd dates, '' for "any". */
export interface FilterForm {
  campaignId: string
  placeId: string
  from: string
  to: string
}

export const NO_FILTER: FilterForm = { campaignId: '', placeId: '', from: '', to: '' }

/** A typed date as local midnight (from) or the end of that day (to). */
function day(value: string, end: boolean): number | undefined {
  const [y, m, d] = value.split('-').map(Number)
  if (!y || !m || !d) return undefined
  return end ? new Date(y, m - 1, d + 1).getTime() - 1 : new Date(y, m - 1, d).getTime()
}

export function toMatrixFilter(form: FilterForm): MatrixFilter {
  return {
    ...(form.campaignId ? { campaignId: form.campaignId } : {}),
    ...(form.placeId ? { placeId: form.placeId } : {}),
    from: day(form.from, false),
    to: day(form.to, true),
  }
}

const byName = (names: Map<string, string>) => [...names].sort((a, b) => a[1].localeCompare(b[1]))

export function MatrixFilters({ form, onChange, campaigns, places }: { form: FilterForm; onChange: (next: FilterForm) => void; campaigns: Map<string, string>; places: Map<string, string> }) {
  const set = (patch: Partial<FilterForm>) => onChange({ ...form, ...patch })
  const active = form.campaignId || form.placeId || form.from || form.to
  return (
    <div className="filter-bar matrix-filters">
      <select className="select compact" aria-label="Campaign" value={form.campaignId} onChange={(e) => set({ campaignId: e.target.value })}>
        <option value="">All campaigns</option>
        {byName(campaigns).map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </select>
      <select className="select compact" aria-label="Place" value={form.placeId} onChange={(e) => set({ placeId: e.target.value })}>
        <option value="">All places</option>
        {byName(places).map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </select>
      <label className="inline-label">
        From
        <input className="input compact" type="date" aria-label="From" value={form.from} max={form.to || undefined} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label className="inline-label">
        to
        <input className="input compact" type="date" aria-label="To" value={form.to} min={form.from || undefined} onChange={(e) => set({ to: e.target.value })} />
      </label>
      {active && (
        <button type="button" className="btn small subtle" onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </button>
      )}
    </div>
  )
}
