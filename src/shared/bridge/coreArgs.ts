import { z } from 'zod'
import type { CoreApi, CoreMethod } from '../contract'
import { CAMPAIGNS_ARGS } from './campaignsArgs'
import { CONTACTS_ARGS } from './contactsArgs'
import { LEAFLETS_ARGS } from './leafletsArgs'
import { LEAFLET_EXPORT_ARGS } from './leafletExportArgs'
import { MOBILIZE_ARGS } from './mobilizeArgs'
import { NOTES_ARGS } from './notesArgs'
import { PLACES_ARGS } from './placesArgs'
import { PURGE_ARGS } from './purgeArgs'
import { LOCK_ARGS } from './lockArgs'
import { SEARCH_ARGS } from './searchArgs'
import { SYNC_ARGS } from './syncArgs'
import { WRITES_ARGS } from './writesArgs'

const notebookId = z.string().min(1).max(200)
const empty = z.object({}).strict()

/** Argument schemas (kept apart from the contract so the preload need not bundle zod): the core checks every call against these before running it. */
export const CORE_ARGS: { [M in CoreMethod]: z.ZodType<Parameters<CoreApi[M]>[0]> } = {
  ...CONTACTS_ARGS,
  ...SYNC_ARGS,
  ...NOTES_ARGS,
  ...LEAFLETS_ARGS,
  ...LEAFLET_EXPORT_ARGS,
  ...SEARCH_ARGS,
  ...CAMPAIGNS_ARGS,
  ...PURGE_ARGS,
  ...LOCK_ARGS,
  ...WRITES_ARGS,
  ...MOBILIZE_ARGS,
  ...PLACES_ARGS,
  listNotebooks: empty,
  createNotebook: z.object({ name: z.string().trim().min(1).max(200) }).strict(),
  renameNotebook: z.object({ notebookId, name: z.string().trim().min(1).max(200) }).strict(),
  openNotebook: z.object({ notebookId }).strict(),
  getSettings: empty,
  updateSettings: z
    .object({ theme: z.enum(['system', 'light', 'dark']), lastNotebookId: notebookId.nullable() })
    .partial()
    .strict(),
  listContacts: z.object({ notebookId }).strict(),
  persist: z.object({ notebookId, documentId: z.string().min(1).max(100), heads: z.array(z.string().max(128)).max(64) }).strict(),
  exportNotebook: z.object({ notebookId, format: z.literal('json') }).strict(),
  notebookDamage: z.object({ notebookId }).strict(),
}


