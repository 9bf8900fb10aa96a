import { z } from 'zod'
import type { MobilizeApi } from '../mobilizeContract'

const id = z.string().min(1).max(200)
const time = z.number().int().min(0).max(8.64e15)

/** Argument schemas of the bridge's mobilization section. */
export const MOBILIZE_ARGS: { [M in keyof MobilizeApi]: z.ZodType<Parameters<MobilizeApi[M]>[0]> } = {
  exportSignIn: z.object({ notebookId: id, meetingId: id }).strict(),
  timeSpent: z.object({ notebookId: id, since: time, until: time, label: z.string().max(100), by: z.string().max(200).optional() }).strict(),
}
