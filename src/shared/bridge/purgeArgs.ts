import { z } from 'zod'
import type { PurgeApi } from '../purgeContract'

const notebookId = z.string().min(1).max(200)

/** Argument schemas of the bridge's purge section. */
export const PURGE_ARGS: { [M in keyof PurgeApi]: z.ZodType<Parameters<PurgeApi[M]>[0]> } = {
  purgeFromHistory: z.object({ notebookId, kind: z.enum(['contact', 'note', 'quote']), id: z.string().min(1).max(200) }).strict(),
  purgeNotices: z.object({ notebookId }).strict(),
  acknowledgePurges: z.object({ notebookId, ids: z.array(z.string().min(1).max(100)).max(1000) }).strict(),
}
