import { newId } from '../../shared/ids'
import { generateNotebook, type GenerateOptions, type GenerateSummary } from '../generate/generateNotebook'
import type { Notebook } from '../notebook/Notebook'
import { ImportJournal, whileActive, type ImportBatch } from './ImportJournal'

type Options = Omit<GenerateOptions, 'onProgress'>

/** `massline generate`, journaled: its records have ids fixed by the seed, so running it again finishes it. */
export async function generateJournaled(notebook: Notebook, options: Options): Promise<GenerateSummary> {
  const journal = new ImportJournal(notebook)
  const batch = await journal.start({ id: newId(), kind: 'generate', fileName: 'generate', startedAt: Date.now(), total: options.contacts + options.notes, options: { ...options }, placeIds: [] })
  return runGenerateBatch(notebook, journal, batch)
}

export function runGenerateBatch(notebook: Notebook, journal: ImportJournal, batch: ImportBatch): Promise<GenerateSummary> {
  return whileActive(batch.id, async () => {
    const summary = await generateNotebook(notebook, batch.options as unknown as Options)
    await journal.save({ ...batch, landed: batch.total, state: 'done' })
    return summary
  })
}
