import type { ImportProgress, ImportResult } from '../../shared/contacts/importTypes'
import { replan, runContactsBatch } from '../import/importContacts'
import type { Notebook } from '../notebook/Notebook'
import { finishBundle } from './bundleBatch'
import { runGenerateBatch } from './generateBatch'
import { ImportJournal, type ImportBatch } from './ImportJournal'

export type FinishResult = { kind: 'contacts'; result: ImportResult } | { kind: 'generate'; records: number } | { kind: 'bundle'; documents: number }

/** A batch that can still be finished or undone: started, not done, not undone. */
export async function openBatch(journal: ImportJournal, id: string): Promise<ImportBatch> {
  const batch = await journal.get(id)
  if (batch.state !== 'running') throw new Error(`Import ${id} (${batch.fileName}) is already ${batch.state}; nothing to do`)
  return batch
}

/** Writes the rest of an interrupted batch: what landed before is found by id and not added again. */
export async function finishImport(notebook: Notebook, id: string, onProgress?: (progress: Omit<ImportProgress, 'importId'>) => void): Promise<FinishResult> {
  const journal = new ImportJournal(notebook)
  const batch = await openBatch(journal, id)
  if (batch.kind === 'contacts') return { kind: 'contacts', result: await runContactsBatch(notebook, journal, batch, await replan(notebook, journal, batch), onProgress) }
  if (batch.kind === 'generate') return { kind: 'generate', records: (await runGenerateBatch(notebook, journal, batch)).contacts }
  return { kind: 'bundle', documents: (await finishBundle(notebook, journal, batch)).documents }
}
