import { z } from 'zod'
import { listPurges } from '../../shared/purge/purgeLog'
import type { PurgeNotice } from '../../shared/purge/purgeNotice'
import type { Notebook } from '../notebook/Notebook'
import { notebookPaths } from '../notebook/notebookFiles'

const seenSchema = z.array(z.string().max(100)).max(10_000)

async function seen(notebook: Notebook): Promise<Set<string>> {
  const text = await notebook.files.readText(notebookPaths(notebook.dir).purgesSeen)
  const parsed = text === undefined ? undefined : seenSchema.safeParse(JSON.parse(text))
  return new Set(parsed?.success ? parsed.data : [])
}

/**
 * The purges from history this device's user has not been told of yet: one made by a comrade
 * while this device was away (or online) is told on the next open, in the UI and the sync status.
 */
export async function pendingPurgeNotices(notebook: Notebook): Promise<PurgeNotice[]> {
  const told = await seen(notebook)
  return listPurges(notebook.root.doc())
    .filter((entry) => !told.has(entry.id))
    .map(({ id, kind, at, documents }) => ({ id, kind, at, documents: documents.length }))
}

/** The user has read these notices (or made the purge on this device). */
export async function acknowledgePurges(notebook: Notebook, ids: readonly string[]): Promise<void> {
  const told = await seen(notebook)
  for (const id of ids) told.add(id)
  await notebook.files.write(notebookPaths(notebook.dir).purgesSeen, JSON.stringify([...told]))
}
