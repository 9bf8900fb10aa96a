import { useMemo } from 'react'
import { campaignFilterOptions, readCampaign } from '../../shared/campaigns/campaign'
import type { NotebookSession } from '../session/NotebookSession'
import { useShardRecords } from '../session/useShardRecords'

/** id → label of every campaign, for filters that look back: running ones by name, then archived ones marked "(archived)". */
export function useCampaignFilterNames(session: NotebookSession): Map<string, string> {
  const campaigns = useShardRecords(session, 'campaigns', readCampaign)
  return useMemo(() => new Map(campaignFilterOptions(campaigns ?? [])), [campaigns])
}
