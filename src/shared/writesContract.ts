import type { ImportResult } from './contacts/importTypes'

/** Whether the notebook's disk takes writes: `noRoom` says why not (full, read-only); `pending` writes wait in memory. */
export interface StorageStatus {
  noRoom?: string
  pending: number
}

/** A bulk write (an import, `generate`) that stopped half-way: the process writing it is gone. */
export interface InterruptedImport {
  id: string
  kind: 'contacts' | 'generate' | 'bundle'
  fileName: string
  startedAt: number
  landed: number
  total: number
}

/** The bridge's section about writes that did not finish: a full disk, an interrupted import. */
export interface WritesApi {
  writesHealth(args: { notebookId: string }): Promise<{ storage: StorageStatus; interrupted: InterruptedImport[] }>
  /** Writes out what waits in memory; resolves with the new status (still `noRoom` if the disk is still full). */
  retryWrites(args: { notebookId: string }): Promise<StorageStatus>
  /** Writes the rest of an interrupted import; what landed before is not added again. */
  finishImport(args: { notebookId: string; importId: string }): Promise<{ imported: number; skipped: number; result?: ImportResult }>
  /** Takes back exactly what an interrupted import wrote. */
  undoImport(args: { notebookId: string; importId: string }): Promise<{ contacts: number; places: number }>
}

export interface WritesEvents {
  storageChanged: StorageStatus & { notebookId: string }
}

export const WRITES_METHODS: (keyof WritesApi)[] = ['writesHealth', 'retryWrites', 'finishImport', 'undoImport']
