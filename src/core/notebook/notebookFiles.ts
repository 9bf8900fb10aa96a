import { join } from 'node:path'
import { z } from 'zod'
import { readJson } from '../fs/readJson'
import { writeFileAtomic } from '../fs/writeFileAtomic'

/** Local facts about a notebook directory, kept beside its document store (never synced). */
export const notebookMetaSchema = z.object({
  format: z.literal(1),
  id: z.string(),
  rootUrl: z.string().startsWith('automerge:'),
  /** The name as last seen in the root document, so listing notebooks needs no repo. */
  name: z.string(),
  createdAt: z.number(),
  /** Set once every file of the notebook is sealed with its storage key (missing: written before that, migrated on open). */
  sealed: z.literal(true).optional(),
})
export type NotebookMeta = z.infer<typeof notebookMetaSchema>

export const notebookPaths = (dir: string) => ({
  meta: join(dir, 'notebook.json'),
  store: join(dir, 'store'),
  index: (kind: string) => join(dir, 'index', `${kind}.json`),
})

export function readNotebookMeta(dir: string): Promise<NotebookMeta | undefined> {
  return readJson(notebookPaths(dir).meta, notebookMetaSchema)
}

export function writeNotebookMeta(dir: string, meta: NotebookMeta): Promise<void> {
  return writeFileAtomic(notebookPaths(dir).meta, JSON.stringify(meta, null, 2))
}
