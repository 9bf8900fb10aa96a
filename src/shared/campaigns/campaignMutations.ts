import { updateText } from '@automerge/automerge'
import { recordIn } from '../notebook/recordIn'
import { scalar, strs } from '../notebook/scalar'
import type { ShardDoc } from '../notebook/schema'
import { TIDES, type CampaignDoc, type Tide } from './campaign'

/** Mutations that run inside `handle.change` on the campaign's shard document. Bad input throws before anything is written. */

export interface CampaignInput {
  name: string
  target?: string
  tide?: Tide
  demands?: string[]
  description?: string
}

const cleanList = (values: readonly string[]): string[] => values.map((v) => v.trim()).filter(Boolean)

function needsName(name: string): string {
  if (!name.trim()) throw new Error('A campaign needs a name')
  return name.trim()
}

function tideOf(value: string): Tide {
  if (!(TIDES as readonly string[]).includes(value)) throw new Error(`“${value}” is not a tide (high or low)`)
  return value as Tide
}

export function newCampaignDoc(id: string, input: CampaignInput, now: number): CampaignDoc {
  return {
    id,
    createdAt: now,
    updatedAt: now,
    name: scalar(needsName(input.name)),
    target: scalar(input.target?.trim() ?? ''),
    tide: scalar(tideOf(input.tide ?? 'low')),
    demands: cleanList(input.demands ?? []).map(scalar),
    description: input.description ?? '',
  }
}

export function putNewCampaign(shard: ShardDoc<CampaignDoc>, id: string, input: CampaignInput, now: number): void {
  shard.records[id] = newCampaignDoc(id, input, now)
}

export function setCampaignField(shard: ShardDoc<CampaignDoc>, id: string, field: 'name' | 'target' | 'tide', value: string, now: number): void {
  const campaign = recordIn(shard, id, 'campaign')
  const clean = field === 'name' ? needsName(value) : field === 'tide' ? tideOf(value) : value.trim()
  campaign[field] = scalar(clean)
  campaign.updatedAt = now
}

/**
 * The demands, in order. Only the changed stretch of the list is spliced, so a demand added on
 * one device and another edited elsewhere both survive; each demand is a value (one edit wins).
 */
export function setDemands(shard: ShardDoc<CampaignDoc>, id: string, demands: readonly string[], now: number): void {
  const campaign = recordIn(shard, id, 'campaign')
  const next = cleanList(demands)
  if (!campaign.demands) campaign.demands = []
  const old = strs(campaign.demands)
  let head = 0
  while (head < old.length && head < next.length && old[head] === next[head]) head++
  let tail = 0
  while (tail < old.length - head && tail < next.length - head && old[old.length - 1 - tail] === next[next.length - 1 - tail]) tail++
  campaign.demands.splice(head, old.length - head - tail, ...next.slice(head, next.length - tail).map(scalar))
  campaign.updatedAt = now
}

/** Prose: edited as a character diff, so two people writing at once both keep their words. */
export function setCampaignDescription(shard: ShardDoc<CampaignDoc>, id: string, text: string, now: number): void {
  const campaign = recordIn(shard, id, 'campaign')
  if (typeof campaign.description !== 'string') campaign.description = text
  else updateText(shard, ['records', id, 'description'], text)
  campaign.updatedAt = now
}

/** Archives a finished campaign (hidden from pickers for new entries, still named where cited) or restores it. */
export function setCampaignArchived(shard: ShardDoc<CampaignDoc>, id: string, archived: boolean, now: number): void {
  const campaign = recordIn(shard, id, 'campaign')
  if (archived) campaign.archivedAt = now
  else delete campaign.archivedAt
  campaign.updatedAt = now
}

/** Removes the record. Only for a campaign nothing cites (see `whyNotDeletable`): a cited one would leave orphaned ids behind. */
export function deleteCampaign(shard: ShardDoc<CampaignDoc>, id: string): void {
  recordIn(shard, id, 'campaign')
  delete shard.records[id]
}
