import { z } from 'zod'
import { listPurges } from '../../shared/purge/purgeLog'
import type { PurgeNotice } from '../../shared/purge/purgeNotice'
import type { SealedFiles } from '../atRest/SealedFiles'
import type { Notebook } from '../notebook/Notebook'
import { notebookPaths } from '../notebook/notebookFiles'
import type { Carried } from './carryOver'

const seenSchema = z.array(z.string().max(100)).max(10_000)
const carriedSchema = z.record(z.string().max(100), z.object({ records: z.number().int().min(0), dropped: z.number().int().min(0) }))

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
  const kept = await carried(notebook.files, notebook.dir)
  return listPurges(notebook.root.doc())
    .filter((entry) => !told.has(entry.id))
    .map(({ id, kind, at, documents }) => ({ id, kind, at, documents: documents.length, carried: kept[id]?.records ?? 0, dropped: kept[id]?.dropped ?? 0 }))
}

async function carried(files: SealedFiles, dir: string): Promise<Record<string, Carried>> {
  const text = await files.readText(notebookPaths(dir).purgesCarried)
  const parsed = text === undefined ? undefined : carriedSchema.safeParse(JSON.parse(text))
  return parsed?.success ? parsed.data : {}
}

/** Keeps what became of this device's edits to the documents a purge replaced, for its notice. */
export async function recordCarried(files: SealedFiles, dir: string, purgeId: string, { records, dropped }: Carried): Promise<void> {
  if (!records && !dropped) return
  const all = await carried(files, dir)
  const before = all[purgeId] ?? { records: 0, dropped: 0 }
  all[purgeId] = { records: before.records + records, dropped: before.dropped + dropped }
  await files.write(notebookPaths(dir).purgesCarried, JSON.stringify(all))
}

/** The user has read these notices (or made the purge on this device). */
export async function acknowledgePurges(notebook: Notebook, ids: readonly string[]): Promise<void> {
  const told = await seen(notebook)
  for (const id of ids) told.add(id)
  await notebook.files.write(notebookPaths(notebook.dir).purgesSeen, JSON.stringify([...told]))
}
