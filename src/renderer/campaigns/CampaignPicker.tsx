import { useState } from 'react'
import type { CampaignDoc } from '../../shared/campaigns/campaign'
import { putNewCampaign } from '../../shared/campaigns/campaignMutations'
import { foldName } from '../../shared/contacts/similarity'
import { newId } from '../../shared/ids'
import { editRecord } from '../places/editRecord'
import type { NotebookSession } from '../session/NotebookSession'

const NEW = '\u0000new'

/**
 * Picks a campaign record by name (running campaigns; `campaigns` iterates only those), or
 * makes one: a name typed here becomes a campaign record, never a bare string where an id
 * belongs. A name that matches a campaign already there picks it instead of making a twin.
 */
export function CampaignPicker({ session, campaigns, value, onChange, label }: { session: NotebookSession; campaigns: Map<string, string>; value: string; onChange: (id: string) => void; label: string }) {
  const [creating, setCreating] = useState(false)
  const [name, setName] = useState('')
  const [error, setError] = useState('')
  const sorted = [...campaigns].sort((a, b) => a[1].localeCompare(b[1]))
  const create = async () => {
    const wanted = foldName(name)
    const same = sorted.find(([, n]) => foldName(n) === wanted)
    const id = same?.[0] ?? newId()
    const failed = same ? null : await editRecord<CampaignDoc>(session, 'campaigns', id, (shard, cid, now) => putNewCampaign(shard, cid, { name }, now))
    setError(failed ?? '')
    if (failed) return
    onChange(id)
    setCreating(false)
    setName('')
  }
  if (creating)
    return (
      <span className="stack campaign-picker">
        <input
          className="input compact"
          aria-label={`${label}: name of the new campaign`}
          placeholder="Name the new campaign"
          autoFocus
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => (e.key === 'Enter' ? void create() : e.key === 'Escape' && setCreating(false))}
        />
        <button type="button" className="btn" onClick={() => void create()}>
          Create campaign
        </button>
        <button type="button" className="btn subtle" onClick={() => (setCreating(false), setError(''))}>
          Cancel
        </button>
        {error && (
          <span className="error-text" role="alert">
            {error}
          </span>
        )}
      </span>
    )
  return (
    <select className="select compact" aria-label={label} value={campaigns.has(value) ? value : ''} onChange={(e) => (e.target.value === NEW ? setCreating(true) : onChange(e.target.value))}>
      <option value="">Pick a campaign</option>
      {/* An archived campaign picked elsewhere still shows by name. */}
      {value && campaigns.has(value) && !sorted.some(([id]) => id === value) && <option value={value}>{campaigns.get(value)}</option>}
      {sorted.map(([id, n]) => (
        <option key={id} value={id}>
          {n}
        </option>
      ))}
      <option value={NEW}>New campaign…</option>
    </select>
  )
}
