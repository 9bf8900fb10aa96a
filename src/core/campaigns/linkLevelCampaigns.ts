import { readCampaign, type CampaignDoc } from '../../shared/campaigns/campaign'
import { planLevelCampaigns, putPlannedCampaign, relinkLevels } from '../../shared/campaigns/levelCampaigns'
import type { ContactDoc } from '../../shared/contacts/contact'
import { isRecordId } from '../../shared/ids'
import type { Notebook } from '../notebook/Notebook'
import { campaignDocs } from './readCampaigns'

/**
 * Turns levels whose campaign was typed as free text into levels of campaign records
 * (`shared/campaigns/levelCampaigns.ts`): creates the campaigns, then rewrites the level
 * entries, one change and one flush per shard. Finds the typed values in the contact rows, so a
 * notebook with none loads no contact shard. Returns how many entries it relinked.
 */
export async function linkLevelCampaigns(notebook: Notebook): Promise<number> {
  const rows = await notebook.rows('contacts')
  const plan = planLevelCampaigns(
    rows.flatMap((r) => r.levelLog),
    (await campaignDocs(notebook)).map(readCampaign),
  )
  if (!plan.relink.size) return 0
  for (const campaign of plan.create) {
    const handle = await notebook.shardOf<CampaignDoc>('campaigns', campaign.id)
    handle.change((shard) => putPlannedCampaign(shard, campaign))
    await notebook.flush([handle.documentId])
  }
  const byShard = new Map<number, string[]>()
  for (const row of rows) {
    if (!row.levelLog.some((e) => plan.relink.has(e.campaignId))) continue
    const shard = notebook.shardIndex('contacts', row.id)
    byShard.set(shard, [...(byShard.get(shard) ?? []), row.id])
  }
  let relinked = 0
  for (const [shard, ids] of byShard) {
    const handle = await notebook.shard<ContactDoc>('contacts', shard)
    handle.change((doc) => ids.forEach((id) => (relinked += relinkLevels(doc, id, plan.relink))))
    await notebook.flush([handle.documentId])
  }
  return relinked
}

/**
 * Links typed campaign names now, then again whenever a contact arrives (by sync, from an older
 * Massline) with a level naming something that is not a campaign id; one run at a time.
 */
export function watchLevelCampaigns(notebook: Notebook, onError: (error: Error) => void = (e) => console.error('Linking levels to campaigns failed:', e.message)): () => void {
  let queue = linkLevelCampaigns(notebook).then(() => undefined, onError)
  const listener = ({ upserts }: { upserts: { levelLog: { campaignId: string }[] }[] }) => {
    if (upserts.some((row) => row.levelLog.some((e) => e.campaignId && !isRecordId(e.campaignId)))) queue = queue.then(() => linkLevelCampaigns(notebook)).then(() => undefined, onError)
  }
  notebook.contacts.on('changed', listener)
  return () => notebook.contacts.off('changed', listener)
}
