import { useEffect, useId, useMemo, useState } from 'react'
import type { Campaign, CampaignDoc } from '../../shared/campaigns/campaign'
import { setCampaignDescription, setCampaignField, setDemands } from '../../shared/campaigns/campaignMutations'
import { currentStep, DEMAND_STATUS_LABELS, DEMAND_STATUSES, type DemandStatus, type Plan } from '../../shared/campaigns/plan'
import { setAntagonism, setDemandStatus } from '../../shared/campaigns/planMutations'
import { CampaignDashboardView } from './plan/CampaignDashboardView'
import { StepTracker } from './plan/StepTracker'
import { SumUps } from './plan/SumUps'
import { TacticsLadder } from './plan/TacticsLadder'
import { TideHistory } from './plan/TideHistory'
import { planEditor } from './plan/usePlanEdit'
import { useMe } from './fight/useJudge'
import { LEVELS } from '../../shared/contacts/levels'
import { highTideRuleText } from '../../shared/contacts/followUp'
import { useNotebookSettings } from '../contacts/useNotebookRoot'
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

export function CampaignEditor({ session, campaign, plan, targets, problemName }: { session: NotebookSession; campaign: Campaign; plan: Plan; targets: string[]; problemName: string }) {
  const [me] = useMe()
  const { rules } = useNotebookSettings(session)
  const planEdit = useMemo(() => planEditor(session, campaign.id), [session, campaign.id])
  const [error, setError] = useState('')
  const [newDemand, setNewDemand] = useState('')
  const [description, setDescription] = useState(campaign.description)
  const listId = useId()
  useEffect(() => setDescription(campaign.description), [campaign.description])
  const edit = async (mutate: RecordMutation<CampaignDoc>) => setError((await editRecord(session, 'campaigns', campaign.id, mutate)) ?? '')
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
      <p className="antagonism" data-testid="antagonism">
        Problem: <b>{problemName || 'not named yet'}</b> · Target: <b>{campaign.target || 'not named yet'}</b>
      </p>
      <CommitField label="Who holds the power to grant the demands" value={campaign.powerHolder} onCommit={(v) => void edit((s, id, now) => setAntagonism(s, id, 'powerHolder', v, now))} />
      <StepTracker steps={plan.steps} current={currentStep(plan)} edit={planEdit} by={me} />
      <TideHistory tide={campaign.tide} history={plan.tides} startedAt={campaign.createdAt} edit={planEdit} by={me} rule={highTideRuleText(rules)} />
      <div className="field">
        <label>Demands</label>
        <ol className="demands" aria-label="Demands">
          {campaign.demands.map((demand, i) => (
            <li key={`${i}-${demand}`}>
              <CommitInput aria-label={`Demand ${i + 1}`} value={demand} onCommit={(v) => saveDemands(campaign.demands.map((d, j) => (j === i ? v : d)))} />
              <select className="select demand-status" aria-label={`Demand ${i + 1} status`} value={plan.demandStatus[demand] ?? 'raised'} onChange={(e) => {
                  // Read now: React puts a controlled select back before the edit runs.
                  const status = e.target.value as DemandStatus
                  void edit((s, id, now) => setDemandStatus(s, id, demand, status, now))
                }}>
                {DEMAND_STATUSES.map((st) => (
                  <option key={st} value={st}>
                    {DEMAND_STATUS_LABELS[st]}
                  </option>
                ))}
              </select>
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
      <TacticsLadder tactics={plan.tactics} edit={planEdit} />
      <SumUps session={session} campaignId={campaign.id} startedAt={campaign.createdAt} sumUps={plan.sumUps} everyDays={campaign.sumUpEveryDays} edit={planEdit} by={me} />
      <CampaignDashboardView session={session} campaignId={campaign.id} name={campaign.name} />
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
