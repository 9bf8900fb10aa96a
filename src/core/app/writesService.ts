import type { WritesApi } from '../../shared/writesContract'
import { finishImport } from '../imports/finishImport'
import { ImportJournal } from '../imports/ImportJournal'
import { undoImport } from '../imports/undoImport'
import type { Notebook } from '../notebook/Notebook'

/** The bridge's writes section: the disk's state and interrupted imports, over the core's open notebooks. */
export function createWritesApi(notebook: (notebookId: string) => Promise<Notebook>): WritesApi {
  return {
    async writesHealth({ notebookId }) {
      const nb = await notebook(notebookId)
      const interrupted = (await new ImportJournal(nb).interrupted()).map(({ id, kind, fileName, startedAt, landed, total }) => ({ id, kind, fileName, startedAt, landed, total }))
      return { storage: nb.store.state, interrupted }
    },
    async retryWrites({ notebookId }) {
      const nb = await notebook(notebookId)
      await nb.store.retry()
      return nb.store.state
    },
    async finishImport({ notebookId, importId }) {
      const done = await finishImport(await notebook(notebookId), importId)
      if (done.kind === 'contacts') return { imported: done.result.imported, skipped: done.result.skipped, result: done.result }
      return { imported: done.kind === 'generate' ? done.records : done.documents, skipped: 0 }
    },
    async undoImport({ notebookId, importId }) {
      return undoImport(await notebook(notebookId), importId)
    },
  }
}
