import type { LeafletsApi } from '../../shared/leafletsContract'
import { createLeaflet } from '../leaflets/createLeaflet'
import type { Notebook } from '../notebook/Notebook'

/** The bridge's leaflets section, over the core's open notebooks. */
export function createLeafletsApi(notebook: (notebookId: string) => Promise<Notebook>): LeafletsApi {
  return {
    async createLeaflet({ notebookId, title, campaignId }) {
      return createLeaflet(await notebook(notebookId), { title, campaignId })
    },
  }
}
