import { listPurges } from '../../shared/purge/purgeLog'
import type { PurgeNotice } from '../../shared/purge/purgeNotice'
import type { PurgeApi } from '../../shared/purgeContract'
import type { Notebook } from '../notebook/Notebook'
import { purgeFromHistory } from '../purge/purgeFromHistory'
import { acknowledgePurges, pendingPurgeNotices } from '../purge/purgeNotices'
import type { NotebookSync } from '../sync/NotebookSync'

export interface PurgeServiceOptions {
  notebook: (notebookId: string) => Promise<Notebook>
  /** The notebook's live sync (the same instance the Sync panel drives), so the rotation reaches it. */
  sync: (notebookId: string) => Promise<NotebookSync>
  emit: (notebookId: string, notices: PurgeNotice[]) => void
}

export interface PurgeService {
  api: PurgeApi
  /** Tells the UI whenever a purge reaches an open notebook (from a comrade, on sync). */
  watch(notebookId: string, notebook: Notebook): void
}

export function createPurgeService(options: PurgeServiceOptions): PurgeService {
  const tell = async (notebookId: string, notebook: Notebook) => options.emit(notebookId, await pendingPurgeNotices(notebook))
  return {
    api: {
      async purgeFromHistory({ notebookId, kind, id }) {
        const notebook = await options.notebook(notebookId)
        const { replaced, rotated } = await purgeFromHistory(notebook, { kind, id }, await options.sync(notebookId))
        return { replaced, rotated }
      },
      async purgeNotices({ notebookId }) {
        return pendingPurgeNotices(await options.notebook(notebookId))
      },
      async acknowledgePurges({ notebookId, ids }) {
        const notebook = await options.notebook(notebookId)
        await acknowledgePurges(notebook, ids)
        return pendingPurgeNotices(notebook)
      },
    },
    watch(notebookId, notebook) {
      let count = listPurges(notebook.root.doc()).length
      notebook.root.on('change', ({ doc }) => {
        const now = listPurges(doc).length
        if (now === count) return
        count = now
        void tell(notebookId, notebook).catch((e: Error) => console.error(`Purge notice failed: ${e.message}`))
      })
    },
  }
}
