import type { CampaignsApi } from '../../shared/campaignsContract'
import { dashboardOf, prefillOf } from '../campaigns/campaignFigures'
import type { Notebook } from '../notebook/Notebook'

/** The bridge's campaigns section, over the core's open notebooks. */
export function createCampaignsApi(notebook: (notebookId: string) => Promise<Notebook>): CampaignsApi {
  return {
    async campaignDashboard({ notebookId, campaignId }) {
      return dashboardOf(await notebook(notebookId), campaignId)
    },
    async sumUpPrefill({ notebookId, campaignId }) {
      return prefillOf(await notebook(notebookId), campaignId)
    },
  }
}
