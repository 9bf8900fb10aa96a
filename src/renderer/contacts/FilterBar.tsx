import { useState } from 'react'
import { EMPTY_FILTER, type ContactFilter, type ContactSort } from '../../shared/contacts/contactQuery'
import { LEVEL_LABELS, LEVELS } from '../../shared/contacts/levels'

export interface SavedView {
  name: string
  filter: ContactFilter
  sort: ContactSort
}

const viewsKey = (notebookId: string) => `massline:views:${notebookId}`
export const loadViews = (notebookId: string): SavedView[] => JSON.parse(localStorage.getItem(viewsKey(notebookId)) ?? '[]') as SavedView[]
const storeViews = (notebookId: string, views: SavedView[]) => localStorage.setItem(viewsKey(notebookId), JSON.stringify(views))

interface Props {
  notebookId: string
  filter: ContactFilter
  sort: ContactSort
  onChange: (filter: ContactFilter, sort?: ContactSort) => void
  choices: { tags: string[]; owners: string[]; campaigns: string[]; places: string[] }
  names: { places: Map<string, string>; campaigns: Map<string, string> }
}

function Pick({ label, value, options, onChange }: { label: string; value: string; options: [string, string][]; onChange: (v: string) => void }) {
  return (
    <select className="select compact" aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{label}: any</option>
      {options.map(([v, text]) => (
        <option key={v} value={v}>
          {text}
        </option>
      ))}
    </select>
  )
}

/** Filters by campaign, level, tag, responsible comrade, place and follow-up state, and saved views of them (kept on this device). */
export function FilterBar({ notebookId, filter, sort, onChange, choices, names }: Props) {
  const [views, setViews] = useState(() => loadViews(notebookId))
  // Named inline: Electron has no window.prompt.
  const [naming, setNaming] = useState<string>()
  const set = (patch: Partial<ContactFilter>) => onChange({ ...filter, ...patch })
  const save = () => {
    const name = naming?.trim()
    setNaming(undefined)
    if (!name) return
    const next = [...views.filter((v) => v.name !== name), { name, filter, sort }]
    storeViews(notebookId, next)
    setViews(next)
  }
  const active = filter !== EMPTY_FILTER && Object.entries(filter).some(([k, v]) => k !== 'text' && v)
  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      <Pick label="Campaign" value={filter.campaignId} options={choices.campaigns.map((c) => [c, names.campaigns.get(c) ?? c])} onChange={(campaignId) => set({ campaignId })} />
      <Pick label="Level" value={filter.level} options={LEVELS.map((l) => [l, LEVEL_LABELS[l]])} onChange={(level) => set({ level: level as ContactFilter['level'] })} />
      <Pick label="Tag" value={filter.tag} options={choices.tags.map((t) => [t, t])} onChange={(tag) => set({ tag })} />
      <Pick label="Responsible" value={filter.owner} options={choices.owners.map((o) => [o, o])} onChange={(owner) => set({ owner })} />
      <Pick label="Place" value={filter.placeId} options={choices.places.map((p) => [p, names.places.get(p) ?? p])} onChange={(placeId) => set({ placeId })} />
      <Pick
        label="Follow-up"
        value={filter.state}
        options={[['due', 'Due today'], ['overdue', 'Overdue'], ['cold', 'Gone cold'], ['snoozed', 'Snoozed'], ['scheduled', 'Scheduled'], ['retired', 'Wrong number']]}
        onChange={(state) => set({ state: state as ContactFilter['state'] })}
      />
      {active && (
        <button className="btn subtle" onClick={() => onChange({ ...EMPTY_FILTER, text: filter.text })}>
          Clear
        </button>
      )}
      <span className="spacer" />
      <select className="select compact" aria-label="Saved views" value="" onChange={(e) => { const v = views.find((x) => x.name === e.target.value); if (v) onChange(v.filter, v.sort) }}>
        <option value="">Saved views…</option>
        {views.map((v) => (
          <option key={v.name}>{v.name}</option>
        ))}
      </select>
      {naming === undefined ? (
        <button className="btn subtle" onClick={() => setNaming('')}>
          Remember view
        </button>
      ) : (
        <input
          className="input compact"
          autoFocus
          aria-label="Name of the view"
          placeholder="Name this view, Enter"
          value={naming}
          onChange={(e) => setNaming(e.target.value)}
          onKeyDown={(e) => (e.key === 'Enter' ? save() : e.key === 'Escape' && setNaming(undefined))}
          onBlur={save}
        />
      )}
    </div>
  )
}
