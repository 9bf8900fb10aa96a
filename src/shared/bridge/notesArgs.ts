import { z } from 'zod'
import type { NotesApi } from '../notesContract'

const notebookId = z.string().min(1).max(200)

/** Argument schemas of the bridge's notes section. */
export const NOTES_ARGS: { [M in keyof NotesApi]: z.ZodType<Parameters<NotesApi[M]>[0]> } = {
  listNotes: z.object({ notebookId }).strict(),
}
