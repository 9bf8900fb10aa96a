import type { BaseRecord } from '../notebook/schema'
import { str, strs, type Scalar } from '../notebook/scalar'
import { DEFAULT_SUMUP_EVERY_DAYS, readPlan, type StepEntryDoc, type SumUpDoc, type TacticDoc, type TideEntryDoc } from './plan'

export const TIDES = ['low', 'high'] as const
export type Tide = (typeof TIDES)[number]

export const TIDE_LABELS: Record<Tide, string> = {
  high: 'High tide: people in motion',
  low: 'Low tide: consolidate, keep in touch',
}

export interface CampaignDoc extends BaseRecord {
  name: Scalar
  target: Scalar
  /** High tide: people in motion; low tide: consolidate and keep in touch. */
  tide: Scalar
  demands: Scalar[]
  description: string
  /** When the campaign was archived (finished): pickers for new entries leave it out. Absent while it runs. */
  archivedAt?: number
  /** The antagonism: the problem (term id) and who holds the power to grant the demands. */
  problem?: Scalar
  powerHolder?: Scalar
  /** The "Choose a fight" candidate it was started from, and the evidence carried over. */
  candidateId?: Scalar
  evidence?: Scalar[]
  /** How often the collective sums up (days). */
  sumUpEveryDays?: number
  /** Plan entries, one key each (plan.ts). */
  [tide: `tide:${string}`]: TideEntryDoc
  [step: `step:${string}`]: StepEntryDoc
  [tactic: `tactic:${string}`]: TacticDoc
  [sumUp: `sumup:${string}`]: SumUpDoc
  [demandStatus: `demandStatus:${string}`]: Scalar
}

export interface Campaign {
  id: string
  createdAt: number
  updatedAt: number
  name: string
  target: string
  tide: Tide
  demands: string[]
  description: string
  /** 0 while the campaign runs. */
  archivedAt: number
  problem: string
  powerHolder: string
  candidateId: string
  evidence: string[]
  sumUpEveryDays: number
}

/** Records are sparse: every field has a default. */
export function readCampaign(doc: Partial<CampaignDoc> & BaseRecord): Campaign {
  return {
    id: doc.id,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    name: str(doc.name),
    target: str(doc.target),
    // The latest dated tide entry; campaigns from before tide history hold a bare label.
    tide: readPlan(doc).tides.at(-1)?.tide ?? (str(doc.tide) === 'high' ? 'high' : 'low'),
    demands: strs(doc.demands),
    description: str(doc.description),
    archivedAt: typeof doc.archivedAt === 'number' && doc.archivedAt > 0 ? doc.archivedAt : 0,
    problem: str(doc.problem),
    powerHolder: str(doc.powerHolder),
    candidateId: str(doc.candidateId),
    evidence: strs(doc.evidence),
    sumUpEveryDays: typeof doc.sumUpEveryDays === 'number' && doc.sumUpEveryDays > 0 ? doc.sumUpEveryDays : DEFAULT_SUMUP_EVERY_DAYS,
  }
}

/** For filters that look back: running campaigns by name, then the archived ones, marked. */
export function campaignFilterOptions(campaigns: readonly Pick<Campaign, 'id' | 'name' | 'archivedAt'>[]): [id: string, label: string][] {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)
  const name = (c: { name: string }) => c.name || 'Unnamed campaign'
  return [
    ...campaigns.filter((c) => !c.archivedAt).sort(byName).map((c): [string, string] => [c.id, name(c)]),
    ...campaigns.filter((c) => c.archivedAt).sort(byName).map((c): [string, string] => [c.id, `${name(c)} (archived)`]),
  ]
}
