import type { DuplicatePair } from './contacts/duplicates'
import type { ImportMapping, ImportPreview, ImportProgress, ImportResult } from './contacts/importTypes'

/** The contacts section of the bridge: import, export, duplicates and merges (edits travel as documents). */
export interface ContactsApi {
  /** Reads a file the user chose (its text from the renderer's file input) and reports what importing it would do. */
  previewImport(args: { notebookId: string; fileName: string; text: string; mapping?: ImportMapping }): Promise<ImportPreview>
  /** Imports it; `importProgress` events carry `importId`. `reservoir` files everyone as dormant (an old list). */
  commitImport(args: { notebookId: string; importId: string; fileName: string; text: string; mapping?: ImportMapping; skipDuplicates: boolean; reservoir?: boolean }): Promise<ImportResult>
  findDuplicates(args: { notebookId: string }): Promise<{ pairs: DuplicatePair[]; groups: string[][] }>
  mergeContacts(args: { notebookId: string; keepId: string; mergeIds: string[] }): Promise<{ keepId: string }>
  exportContacts(args: { notebookId: string; format: 'csv' | 'vcf' }): Promise<{ path: string | null }>
}

export interface ContactsEvents {
  importProgress: ImportProgress & { notebookId: string }
}

export const CONTACTS_METHODS: (keyof ContactsApi)[] = ['previewImport', 'commitImport', 'findDuplicates', 'mergeContacts', 'exportContacts']
