import type { PurgeNotice } from '../../shared/purge/purgeNotice'
import type { PurgeApi } from '../../shared/purgeContract'
import type { Notebook } from '../notebook/Notebook'
import { purgeFromHistory } from '../purge/purgeFromHistory'
import { acknowledgePurges, pendingPurgeNotices } from '../purge/purgeNotices'
import { watchPurgeNotices } from '../purge/watchPurges'
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
        const pending = await pendingPurgeNotices(notebook)
        // Every place showing the notice (the banner, the sync panel, the status bar) hears it was read.
        options.emit(notebookId, pending)
        return pending
      },
    },
    watch(notebookId, notebook) {
      watchPurgeNotices(notebook, (notices) => options.emit(notebookId, notices))
    },
  }
}
