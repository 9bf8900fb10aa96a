import type { ContactDoc } from '../contacts/contact'
import { LEVEL_KEY, type LevelEntryDoc } from '../contacts/levels'
import { foldName } from '../contacts/similarity'
import { idFromKey, isRecordId } from '../ids'
import { scalar, str } from '../notebook/scalar'
import type { ShardDoc } from '../notebook/schema'
import type { CampaignDoc } from './campaign'
import { newCampaignDoc } from './campaignMutations'

/**
 * Levels name campaign records. Older level pickers stored whatever was typed ("Rent strike")
 * where a campaign id belongs, so the level missed every filter and count. This plans the
 * repair: each typed name goes to the campaign of that name (a running one first), or to a new
 * campaign whose id comes from the name (`campaignIdFor`), so two devices repairing the same
 * notebook apart write the same record and the same links. Values shaped like ids are never
 * touched: the campaign may simply not have synced yet.
 */
export const campaignIdFor = (name: string): string => idFromKey('campaign', foldName(name) || `raw:${name.trim()}`)

export interface LevelCampaignPlan {
  /** Campaigns to create, each with the name as first typed and the time of its first judgement (so every device writes the same record). */
  create: { id: string; name: string; createdAt: number }[]
  /** Typed value → campaign id. */
  relink: Map<string, string>
}

type Known = { id: string; name: string; archivedAt: number; createdAt: number }

export function planLevelCampaigns(levels: Iterable<{ campaignId: string; at: number }>, campaigns: readonly Known[]): LevelCampaignPlan {
  const ids = new Set(campaigns.map((c) => c.id))
  // The first judgement of each typed value, oldest first: it names the campaign and dates it.
  const typed = new Map<string, number>()
  for (const { campaignId, at } of levels) {
    if (!campaignId.trim() || ids.has(campaignId) || isRecordId(campaignId)) continue
    typed.set(campaignId, Math.min(typed.get(campaignId) ?? Infinity, at))
  }
  const byName = new Map<string, Known>()
  const preferred = [...campaigns].sort((a, b) => Number(a.archivedAt > 0) - Number(b.archivedAt > 0) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
  for (const c of preferred) if (!byName.has(foldName(c.name))) byName.set(foldName(c.name), c)
  const plan: LevelCampaignPlan = { create: [], relink: new Map() }
  const creating = new Map<string, LevelCampaignPlan['create'][number]>()
  for (const [value, at] of [...typed].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))) {
    const key = foldName(value)
    const existing = key ? byName.get(key) : undefined
    if (existing) {
      plan.relink.set(value, existing.id)
      continue
    }
    const id = campaignIdFor(value)
    if (!creating.has(id)) creating.set(id, { id, name: value.trim().replace(/\s+/g, ' '), createdAt: at })
    plan.relink.set(value, id)
  }
  plan.create = [...creating.values()]
  return plan
}

/** Points a contact's level entries at the planned campaigns; returns how many it changed. Run inside a change of the contact's shard. */
export function relinkLevels(shard: ShardDoc<ContactDoc>, contactId: string, relink: ReadonlyMap<string, string>): number {
  const contact = shard.records[contactId]
  if (!contact) return 0
  let changed = 0
  for (const [key, value] of Object.entries(contact)) {
    if (!key.startsWith(LEVEL_KEY)) continue
    const entry = value as LevelEntryDoc
    const target = relink.get(str(entry.campaign))
    if (target === undefined) continue
    entry.campaign = scalar(target)
    changed++
  }
  return changed
}

/**
 * Creates a planned campaign unless it is there. Two devices that create it apart write equal
 * records under the same key, so whichever Automerge keeps, nothing is lost. Run inside a change of its shard.
 */
export function putPlannedCampaign(shard: ShardDoc<CampaignDoc>, planned: LevelCampaignPlan['create'][number]): void {
  if (!shard.records[planned.id]) shard.records[planned.id] = newCampaignDoc(planned.id, { name: planned.name }, planned.createdAt)
}
