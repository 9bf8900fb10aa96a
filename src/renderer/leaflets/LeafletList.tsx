import type { DocHandle } from '@automerge/automerge-repo'
import { Megaphone, Plus } from 'lucide-react'
import { useState, type FormEvent } from 'react'
import { patchLeaflet, type LeafletDoc, type LeafletPatch } from '../../shared/leaflets/leaflet'
import type { ViewProps } from '../app/views'
import { EmptyState } from '../views/EmptyState'
import { PageHeader } from '../views/PageHeader'
import { CopiesInput, StatusSelect } from './LeafletFields'
import { useCampaigns, useLeaflets, type LeafletEntry } from './useLeaflets'

/** Leaflets grouped by campaign, with status and copies distributed editable in place. */
export function LeafletList({ session, go }: ViewProps) {
  const leaflets = useLeaflets(session)
  const campaigns = useCampaigns(session)
  const [title, setTitle] = useState('')
  const [campaignId, setCampaignId] = useState('')
  const [error, setError] = useState('')

  const create = async (e: FormEvent) => {
    e.preventDefault()
    try {
      const { id } = await session.bridge.createLeaflet({ notebookId: session.id, title, campaignId })
      go('leaflets', id)
    } catch (err) {
      setError((err as Error).message)
    }
  }

  // The list already holds each leaflet's handle: an edit changes it directly.
  const patch = (handle: DocHandle<LeafletDoc>, change: LeafletPatch) => session.change(handle, (d) => patchLeaflet(d, change, Date.now()))

  const nameOf = new Map(campaigns.map((c) => [c.id, c.name]))
  const groups = new Map<string, LeafletEntry[]>()
  for (const l of [...(leaflets ?? [])].sort((a, b) => b.updatedAt - a.updatedAt)) {
    const key = nameOf.has(l.campaignId) ? l.campaignId : ''
    groups.set(key, [...(groups.get(key) ?? []), l])
  }
  const order = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : nameOf.get(a)!.localeCompare(nameOf.get(b)!)))

  return (
    <>
      <PageHeader title="Leaflets">
        <form className="leaflet-new" onSubmit={create}>
          <input className="input compact" aria-label="New leaflet title" placeholder="Title of a new leaflet" value={title} onChange={(e) => (setTitle(e.target.value), setError(''))} />
          <select className="select compact" aria-label="Campaign of the new leaflet" value={campaignId} onChange={(e) => setCampaignId(e.target.value)}>
            <option value="">No campaign</option>
            {campaigns.filter((c) => !c.archived).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <button className="btn primary" type="submit">
            <Plus size={14} aria-hidden /> New leaflet
          </button>
          {error && <span className="error-text" role="alert">{error}</span>}
        </form>
      </PageHeader>
      <div className="page-body leaflet-list">
        {leaflets && leaflets.length === 0 ? (
          <EmptyState icon={Megaphone} title="No leaflets yet">
            Draft agitation from what people told you: pull in the strongest quotes, in one or two languages, and print it.
          </EmptyState>
        ) : (
          <div className="cards">
            {order.map((key) => (
              <section key={key || 'none'} className="card" aria-label={`Leaflets of ${nameOf.get(key) ?? 'no campaign'}`}>
                <h2 className="leaflet-group-title">{nameOf.get(key) ?? 'No campaign'}</h2>
                <ul className="leaflet-rows">
                  {groups.get(key)!.map((l) => (
                    <li key={l.id} className="leaflet-row" data-testid="leaflet-row">
                      <button type="button" className="link leaflet-title" onClick={() => go('leaflets', l.id)}>
                        {l.title || 'Untitled leaflet'}
                      </button>
                      <StatusSelect label={`Status of ${l.title}`} value={l.status} onChange={(status) => patch(l.handle, { status })} />
                      <label className="inline-label">
                        copies out
                        <CopiesInput label={`Copies distributed of ${l.title}`} value={l.copiesDistributed} onCommit={(copiesDistributed) => patch(l.handle, { copiesDistributed })} />
                      </label>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        )}
      </div>
    </>
  )
}
