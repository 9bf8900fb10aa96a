import { listCandidates, type Candidate } from '../../shared/campaigns/candidate'
import { readCampaign, type Campaign, type CampaignDoc } from '../../shared/campaigns/campaign'
import { currentStep, readPlan, type Plan } from '../../shared/campaigns/plan'
import { plainText } from '../../shared/richtext/plainText'
import { allRecords } from '../contacts/readAll'
import type { Notebook } from '../notebook/Notebook'

export interface CampaignRecord extends Campaign {
  plan: Plan
  /** Each sum-up's text, by sum-up id. */
  sumUpText: Record<string, string>
}

/** Every campaign document of the notebook (campaigns are few: four small shards). */
export async function campaignDocs(notebook: Notebook): Promise<CampaignDoc[]> {
  return allRecords<CampaignDoc>(notebook, 'campaigns')
}

/** Every campaign record of the notebook with its plan and the text of its sum-ups, by name. */
export async function readCampaigns(notebook: Notebook): Promise<CampaignRecord[]> {
  const records = (await campaignDocs(notebook)).map((doc): CampaignRecord => {
    const plan = readPlan(doc)
    const sumUpText = Object.fromEntries(plan.sumUps.map((s) => [s.id, plainText(doc[`sumup:${s.id}`]?.body)]))
    return { ...readCampaign(doc), plan, sumUpText }
  })
  return records.sort((a, b) => a.name.localeCompare(b.name))
}

/** What `campaigns show` prints: the record, its plan, and the ripeness judgements of the candidate it came from. */
export function campaignDetail(campaign: CampaignRecord, candidates: Candidate[]) {
  const { plan, sumUpText, ...fields } = campaign
  const candidate = candidates.find((c) => c.id === campaign.candidateId || c.campaignId === campaign.id) ?? null
  return {
    ...fields,
    step: currentStep(plan),
    steps: plan.steps,
    tideHistory: plan.tides,
    demands: campaign.demands.map((text) => ({ text, status: plan.demandStatus[text] ?? 'raised' })),
    tactics: plan.tactics,
    sumUps: plan.sumUps.map((s) => ({ ...s, text: sumUpText[s.id] ?? '' })),
    ripeness: candidate ? { candidateId: candidate.id, problem: candidate.problem, target: candidate.target, judgements: candidate.judgements, reformists: candidate.reformists } : null,
  }
}

export const notebookCandidates = (notebook: Notebook): Candidate[] => listCandidates(notebook.root.doc())
