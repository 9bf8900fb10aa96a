import { z } from 'zod'
import type { WritesApi } from '../writesContract'

const notebookId = z.string().min(1).max(200)
const importId = z.string().regex(/^[\w-]{1,100}$/)

/** Argument schemas of the bridge's writes section. */
export const WRITES_ARGS: { [M in keyof WritesApi]: z.ZodType<Parameters<WritesApi[M]>[0]> } = {
  writesHealth: z.object({ notebookId }).strict(),
  retryWrites: z.object({ notebookId }).strict(),
  finishImport: z.object({ notebookId, importId }).strict(),
  undoImport: z.object({ notebookId, importId }).strict(),
}
