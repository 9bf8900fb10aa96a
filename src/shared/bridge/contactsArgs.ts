import { z } from 'zod'
import { IMPORT_FIELDS } from '../contacts/importTypes'
import type { ContactsApi } from '../contactsContract'

const notebookId = z.string().min(1).max(200)
const id = z.string().min(1).max(200)
const file = {
  fileName: z.string().max(500),
  // A 10,000-row export is a few megabytes; 64 MB leaves room without inviting a runaway read.
  text: z.string().max(64_000_000),
  mapping: z.record(z.string().max(500), z.enum(IMPORT_FIELDS)).optional(),
}

/** Argument schemas of the bridge's contacts section. */
export const CONTACTS_ARGS: { [M in keyof ContactsApi]: z.ZodType<Parameters<ContactsApi[M]>[0]> } = {
  previewImport: z.object({ notebookId, ...file }).strict(),
  commitImport: z.object({ notebookId, importId: id, skipDuplicates: z.boolean(), reservoir: z.boolean().optional(), ...file }).strict(),
  findDuplicates: z.object({ notebookId }).strict(),
  mergeContacts: z.object({ notebookId, keepId: id, mergeIds: z.array(id).min(1).max(100) }).strict(),
  exportContacts: z.object({ notebookId, format: z.enum(['csv', 'vcf']) }).strict(),
}
