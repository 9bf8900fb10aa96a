import { newId } from '../ids'
import { recordIn } from '../notebook/recordIn'
import { scalar } from '../notebook/scalar'
import type { ShardDoc } from '../notebook/schema'
import { TIDES, type CampaignDoc, type Tide } from './campaign'
import { DEMAND_STATUSES, readPlan, sumUpDueAt, TACTIC_STATUSES, type DemandStatus, type Step, type SumUpFigures, type TacticStatus } from './plan'

/** Plan mutations; each runs inside `handle.change` on the campaign's shard. Bad input throws before anything is written. */

type Shard = ShardDoc<CampaignDoc>
const oneLine = (text: string) => text.trim().replace(/\s+/g, ' ')

/** A tide change is a dated entry with its reason; the bare `tide` label follows it for older readers. */
export function changeTide(shard: Shard, campaignId: string, input: { tide: Tide; reason: string; by?: string; at?: number }, now: number, id = newId()): string {
  if (!(TIDES as readonly string[]).includes(input.tide)) throw new Error(`“${input.tide}” is not a tide (high or low)`)
  const reason = oneLine(input.reason)
  if (!reason) throw new Error('Say why the tide changed: what are people doing?')
  const campaign = recordIn(shard, campaignId, 'campaign')
  campaign[`tide:${id}`] = { tide: scalar(input.tide), at: input.at ?? now, reason: scalar(reason), ...(input.by?.trim() ? { by: scalar(input.by.trim()) } : {}) }
  campaign.tide = scalar(input.tide)
  campaign.updatedAt = now
  return id
}

export function changeStep(shard: Shard, campaignId: string, input: { step: Step; by?: string; at?: number }, now: number, id = newId()): string {
  if (![1, 2, 3].includes(input.step)) throw new Error('A campaign’s step is 1, 2 or 3')
  const campaign = recordIn(shard, campaignId, 'campaign')
  campaign[`step:${id}`] = { step: input.step, at: input.at ?? now, ...(input.by?.trim() ? { by: scalar(input.by.trim()) } : {}) }
  campaign.updatedAt = now
  return id
}

export function setDemandStatus(shard: Shard, campaignId: string, demand: string, status: DemandStatus, now: number): void {
  if (!(DEMAND_STATUSES as readonly string[]).includes(status)) throw new Error(`“${status}” is not a demand status`)
  const campaign = recordIn(shard, campaignId, 'campaign')
  campaign[`demandStatus:${demand.trim()}`] = scalar(status)
  campaign.updatedAt = now
}

export interface TacticInput {
  name: string
  plannedAt?: number
  status?: TacticStatus
}

/** Adds a tactic on the next rung of the ladder (above every one there). */
export function addTactic(shard: Shard, campaignId: string, input: TacticInput, now: number, id = newId()): string {
  const name = oneLine(input.name)
  if (!name) throw new Error('A tactic needs a name, e.g. Delegation to the landlord’s office')
  const status = input.status ?? 'planned'
  if (!(TACTIC_STATUSES as readonly string[]).includes(status)) throw new Error(`“${status}” is not a tactic status`)
  const campaign = recordIn(shard, campaignId, 'campaign')
  const rung = Math.max(0, ...readPlan(campaign).tactics.map((t) => t.rung)) + 1
  campaign[`tactic:${id}`] = { name: scalar(name), rung, plannedAt: input.plannedAt ?? 0, status: scalar(status), createdAt: now }
  campaign.updatedAt = now
  return id
}

export function editTactic(shard: Shard, campaignId: string, tacticId: string, patch: Partial<TacticInput>, now: number): void {
  const campaign = recordIn(shard, campaignId, 'campaign')
  const tactic = campaign[`tactic:${tacticId}`]
  if (!tactic) throw new Error('That tactic is not on the ladder (removed on another device?)')
  if (patch.status !== undefined && !(TACTIC_STATUSES as readonly string[]).includes(patch.status)) throw new Error(`“${patch.status}” is not a tactic status`)
  if (patch.name !== undefined && !oneLine(patch.name)) throw new Error('A tactic needs a name')
  if (patch.name !== undefined) tactic.name = scalar(oneLine(patch.name))
  if (patch.plannedAt !== undefined) tactic.plannedAt = patch.plannedAt
  if (patch.status !== undefined) tactic.status = scalar(patch.status)
  campaign.updatedAt = now
}

export function setAntagonism(shard: Shard, campaignId: string, field: 'problem' | 'powerHolder', value: string, now: number): void {
  const campaign = recordIn(shard, campaignId, 'campaign')
  campaign[field] = scalar(value.trim())
  campaign.updatedAt = now
}

export function setSumUpEvery(shard: Shard, campaignId: string, days: number, now: number): void {
  if (!Number.isInteger(days) || days < 1 || days > 365) throw new Error('Sum up every 1 to 365 days')
  const campaign = recordIn(shard, campaignId, 'campaign')
  campaign.sumUpEveryDays = days
  campaign.updatedAt = now
}

/**
 * Adds a dated sum-up. Its body is collaborative rich text, so it must be written in this
 * change (shared/richtext writes block markers into it: `fillBody`).
 */
export function addSumUp(shard: Shard, campaignId: string, input: { at: number; by?: string; figures: SumUpFigures }, now: number, id = newId()): string {
  if (!Number.isFinite(input.at) || input.at <= 0) throw new Error('A sum-up needs a date')
  const campaign = recordIn(shard, campaignId, 'campaign')
  campaign[`sumup:${id}`] = { at: input.at, body: '', figures: scalar(JSON.stringify(input.figures)), ...(input.by?.trim() ? { by: scalar(input.by.trim()) } : {}) }
  campaign.updatedAt = now
  return id
}

/** Why a campaign cannot be archived yet (it needs a sum-up that is not overdue), or null. */
export function whyNotArchivable(campaign: CampaignDoc, now: number): string | null {
  const plan = readPlan(campaign)
  const every = typeof campaign.sumUpEveryDays === 'number' ? campaign.sumUpEveryDays : 14
  if (plan.sumUps.length && sumUpDueAt(plan, campaign.createdAt, every) > now) return null
  return plan.sumUps.length
    ? `its last sum-up is more than ${every} days old; write a closing sum-up (what worked, what didn’t, why) first`
    : 'it has no sum-up; write a closing sum-up (what worked, what didn’t, why) first'
}

