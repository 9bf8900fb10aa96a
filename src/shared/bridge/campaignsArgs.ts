import { z } from 'zod'
import type { CampaignsApi } from '../campaignsContract'

const notebookId = z.string().min(1).max(200)
const campaignId = z.string().min(1).max(200)

/** Argument schemas of the bridge's campaigns section. */
export const CAMPAIGNS_ARGS: { [M in keyof CampaignsApi]: z.ZodType<Parameters<CampaignsApi[M]>[0]> } = {
  campaignDashboard: z.object({ notebookId, campaignId }).strict(),
  sumUpPrefill: z.object({ notebookId, campaignId }).strict(),
}
