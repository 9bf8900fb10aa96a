import { z } from 'zod'
import type { LeafletsApi } from '../leafletsContract'

const notebookId = z.string().min(1).max(200)

/** Argument schemas of the bridge's leaflets section. */
export const LEAFLETS_ARGS: { [M in keyof LeafletsApi]: z.ZodType<Parameters<LeafletsApi[M]>[0]> } = {
  createLeaflet: z.object({ notebookId, title: z.string().trim().min(1, 'A leaflet needs a title').max(300), campaignId: z.string().max(200) }).strict(),
}
