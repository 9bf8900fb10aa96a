import { useEffect, useId, useState } from 'react'
import { TIDE_LABELS, TIDES, type Campaign, type CampaignDoc, type Tide } from '../../shared/campaigns/campaign'
import { setCampaignDescription, setCampaignField, setDemands } from '../../shared/campaigns/campaignMutations'
import { LEVELS } from '../../shared/contacts/levels'
import { plural } from '../app/plural'
import { useStore } from '../app/useStore'
import { useNotes } from '../notes/useNoteRows'
import { editRecord, type RecordMutation } from '../places/editRecord'
import type { NotebookSession } from '../session/NotebookSession'
import { CommitInput, type CommitInputProps } from '../views/CommitInput'

function CommitField({ label, ...input }: { label: string } & CommitInputProps) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <CommitInput id={id} {...input} />
    </div>
  )
}

/** What the notebook holds for this campaign: its notes, and its contacts by level. */
function CampaignReach({ session, id }: { session: NotebookSession; id: string }) {
  const contacts = useStore(session.contacts)
  const notes = useNotes(session).rows
  const judged = contacts.filter((c) => !c.mergedInto && c.levels[id])
  const byLevel = LEVELS.map((level) => `${judged.filter((c) => c.levels[id] === level).length} ${level}`).join(' · ')
  return (
    <p className="muted" data-testid="campaign-reach">
      {plural(notes.filter((n) => n.campaignIds.includes(id)).length, 'conversation note')} · {plural(judged.length, 'contact')} judged{judged.length > 0 && ` (${byLevel})`}
    </p>
  )
}

export function CampaignEditor({ session, campaign, targets }: { session: NotebookSession; campaign: Campaign; targets: string[] }) {
  const [error, setError] = useState('')
  const [newDemand, setNewDemand] = useState('')
  const [description, setDescription] = useState(campaign.description)
  const listId = useId()
  useEffect(() => setDescription(campaign.description), [campaign.description])
  const edit = async (mutate: RecordMutation<CampaignDoc>) => setError((await editRecord(session, 'campaigns', campaign.id, mutate)) ?? '')
  const setTide = (tide: Tide) => void edit((s, id, now) => setCampaignField(s, id, 'tide', tide, now))
  const saveDemands = (demands: string[]) => void edit((s, id, now) => setDemands(s, id, demands, now))
  const addDemand = () => {
    if (!newDemand.trim()) return
    saveDemands([...campaign.demands, newDemand])
    setNewDemand('')
  }

  return (
    <div className="campaign-editor">
      <CommitField label="Name" value={campaign.name} onCommit={(v) => void edit((s, id, now) => setCampaignField(s, id, 'name', v, now))} />
      <CampaignReach session={session} id={campaign.id} />
      <CommitField label="Target (the landlord, boss or agency responsible)" value={campaign.target} list={listId} onCommit={(v) => void edit((s, id, now) => setCampaignField(s, id, 'target', v, now))} />
      <datalist id={listId}>
        {targets.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <div className="field">
        <label htmlFor={`${listId}-tide`}>Tide</label>
        <select id={`${listId}-tide`} className="select" value={campaign.tide} onChange={(e) => setTide(e.target.value as Tide)}>
          {TIDES.map((t) => (
            <option key={t} value={t}>
              {TIDE_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label>Demands</label>
        <ol className="demands" aria-label="Demands">
          {campaign.demands.map((demand, i) => (
            <li key={`${i}-${demand}`}>
              <CommitInput aria-label={`Demand ${i + 1}`} value={demand} onCommit={(v) => saveDemands(campaign.demands.map((d, j) => (j === i ? v : d)))} />
              <button className="btn small subtle" aria-label={`Remove demand ${i + 1}`} onClick={() => saveDemands(campaign.demands.filter((_, j) => j !== i))}>
                Remove
              </button>
            </li>
          ))}
        </ol>
        <div className="stack demand-add">
          <input className="input" aria-label="New demand" placeholder="Add a demand, e.g. Repairs within 14 days" value={newDemand} onChange={(e) => setNewDemand(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && addDemand()} />
          <button className="btn" onClick={addDemand} disabled={!newDemand.trim()}>
            Add demand
          </button>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${listId}-desc`}>Description</label>
        <textarea
          id={`${listId}-desc`}
          className="textarea"
          placeholder="Why this fight: what people told us, who is responsible, what winning looks like."
          value={description}
          onChange={(e) => {
            const text = e.target.value
            setDescription(text)
            void edit((s, id, now) => setCampaignDescription(s, id, text, now))
          }}
        />
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
