import type { PurgeTarget } from '../../shared/purge/purgeScope'
import type { Notebook } from '../notebook/Notebook'
import { readSyncConfig } from '../sync/syncConfig'
import { NotebookSync } from '../sync/NotebookSync'
import { acknowledgePurges } from './purgeNotices'
import { purgeNotebook, type PurgeResult } from './purgeNotebook'

export interface PurgeOutcome extends PurgeResult {
  /** Whether the sync secret was rotated (a notebook never shared has none). */
  rotated: boolean
}

/**
 * The whole purge as the UI and the CLI run it: new documents without the target, the old ones
 * retired, and a new secret when the notebook is shared. `sync` is the open NotebookSync when
 * there is one (the desktop), else the notebook's sync identity is opened without any socket.
 */
export async function purgeFromHistory(notebook: Notebook, target: PurgeTarget, sync?: NotebookSync): Promise<PurgeOutcome> {
  const result = await purgeNotebook(notebook, target)
  await acknowledgePurges(notebook, [result.entry.id])
  const shared = sync ?? ((await readSyncConfig(notebook.files)) ? await NotebookSync.open(notebook) : undefined)
  await shared?.rotateSecret()
  return { ...result, rotated: shared !== undefined }
}
