import type { CampaignDoc } from '../../../shared/campaigns/campaign'
import type { ShardDoc } from '../../../shared/notebook/schema'
import { editRecord } from '../../places/editRecord'
import type { NotebookSession } from '../../session/NotebookSession'

export type PlanEdit = (mutate: (shard: ShardDoc<CampaignDoc>, id: string, now: number) => void) => Promise<string | null>

/** Edits one campaign record; a refused edit comes back as its message and writes nothing. */
export const planEditor =
  (session: NotebookSession, campaignId: string): PlanEdit =>
  (mutate) =>
    editRecord<CampaignDoc>(session, 'campaigns', campaignId, mutate)
