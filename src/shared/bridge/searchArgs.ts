import { z } from 'zod'
import { SEARCH_KINDS, type SearchApi } from '../searchContract'

const id = z.string().min(1).max(200)
const time = z.number().finite()

/** Argument schemas of the bridge's search section. */
export const SEARCH_ARGS: { [M in keyof SearchApi]: z.ZodType<Parameters<SearchApi[M]>[0]> } = {
  search: z
    .object({
      notebookId: id,
      query: z.string().max(500),
      kinds: z.array(z.enum(SEARCH_KINDS)).max(SEARCH_KINDS.length).optional(),
      campaignId: id.optional(),
      placeId: id.optional(),
      from: time.optional(),
      to: time.optional(),
      limit: z.number().int().min(1).max(500).optional(),
    })
    .strict()
    .refine((a) => a.from === undefined || a.to === undefined || a.from <= a.to, 'The date range ends before it starts'),
}
