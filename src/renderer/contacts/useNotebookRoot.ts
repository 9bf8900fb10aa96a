import { useMemo } from 'react'
import { readCampaign } from '../../shared/campaigns/campaign'
import { readRules, withHighTide, type FollowUpRules } from '../../shared/contacts/followUp'
import type { NotebookSession } from '../session/NotebookSession'
import { useRoot } from '../session/useRoot'
import { useShardRecords } from '../session/useShardRecords'

/**
 * The notebook's follow-up rules in force (with the campaigns at high tide now) and its phone
 * region; defaults until the root document arrives.
 */
export function useNotebookSettings(session: NotebookSession): { rules: FollowUpRules; region: string } {
  const { root } = useRoot(session)
  const tides = useShardRecords(session, 'campaigns', readCampaign)
  const stored = root?.settings.followUp
  const rules = useMemo(() => withHighTide(readRules(stored), tides ?? []), [stored, tides])
  return { rules, region: root?.settings.defaultRegion ?? 'US' }
}
