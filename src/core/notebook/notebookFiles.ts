import { join } from 'node:path'
import { z } from 'zod'
import { seal, unseal } from '../atRest/seal'
import { readJson } from '../fs/readJson'
import { writeFileAtomic } from '../fs/writeFileAtomic'

/** Local facts about a notebook directory, kept beside its document store (never synced). */
export const notebookMetaSchema = z.object({
  format: z.literal(1),
  id: z.string(),
  rootUrl: z.string().startsWith('automerge:'),
  /** The name in clear: only in notebooks written before sealing (`sealedName` replaces it). */
  name: z.string().optional(),
  /** The name as last seen in the root document, sealed, so listing notebooks needs a key but no repo. */
  sealedName: z.string().optional(),
  createdAt: z.number(),
  /** Set once every file of the notebook is sealed with its storage key (missing: written before that, migrated on open). */
  sealed: z.literal(true).optional(),
})
export type NotebookMeta = z.infer<typeof notebookMetaSchema>

const NAME_LABEL = 'notebook.json#name'

export function sealName(key: Uint8Array, name: string): string {
  return Buffer.from(seal(key, Buffer.from(name), NAME_LABEL)).toString('base64')
}

/** A sealed name opened; `dir` names the notebook in errors. */
export function nameOf(sealedName: string, key: Uint8Array, dir: string): string {
  return Buffer.from(unseal(key, Buffer.from(sealedName, 'base64'), NAME_LABEL, `${notebookPaths(dir).meta} (name)`)).toString()
}

export const notebookPaths = (dir: string) => ({
  meta: join(dir, 'notebook.json'),
  store: join(dir, 'store'),
  index: (kind: string) => join(dir, 'index', `${kind}.json`),
  /** The journal of bulk writes (imports, generate): one sealed entry per batch. */
  imports: join(dir, 'imports'),
  /** Present (sealed) while this device seals a notebook from before in place. */
  sealing: join(dir, 'sealing'),
  /** The purges from history this device's user has been told of (sealed). */
  purgesSeen: join(dir, 'purges-seen.json'),
  /** What became of this device's edits to documents each purge replaced (sealed), for its notice. */
  purgesCarried: join(dir, 'purges-carried.json'),
})

export function readNotebookMeta(dir: string): Promise<NotebookMeta | undefined> {
  return readJson(notebookPaths(dir).meta, notebookMetaSchema)
}

export function writeNotebookMeta(dir: string, meta: NotebookMeta): Promise<void> {
  return writeFileAtomic(notebookPaths(dir).meta, JSON.stringify(meta, null, 2))
}
