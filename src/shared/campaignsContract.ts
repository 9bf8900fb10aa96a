import type { CampaignDashboard } from './campaigns/dashboard'
import type { SumUpPrefill } from './campaigns/sumUpPrefill'

/** The campaigns section of the bridge: figures the core computes from its contact and note indexes (edits travel as documents). */
export interface CampaignsApi {
  /** Weekly series for the campaign dashboard's charts. */
  campaignDashboard(args: { notebookId: string; campaignId: string }): Promise<CampaignDashboard>
  /** What changed since the campaign's last sum-up: what a new one is pre-filled with. */
  sumUpPrefill(args: { notebookId: string; campaignId: string }): Promise<SumUpPrefill>
}

export const CAMPAIGNS_METHODS: (keyof CampaignsApi)[] = ['campaignDashboard', 'sumUpPrefill']
