import type { PurgeNotice } from '../../shared/purge/purgeNotice'
import type { KeyVault } from '../atRest/KeyVault'
import { acknowledgePurges, pendingPurgeNotices } from '../purge/purgeNotices'
import { watchPurgeNotices } from '../purge/watchPurges'
import { Notebook } from '../notebook/Notebook'
import { readNotebookMeta } from '../notebook/notebookFiles'
import { acceptInvite } from './acceptInvite'
import { NotebookSync, type SyncOptions, type SyncStatus } from './NotebookSync'

export interface PeerOptions extends SyncOptions {
  notebookDir: string
  /** Where the notebook's storage key is kept. */
  keys: KeyVault
  /** Joins the notebook first when the directory holds none yet. */
  invite?: string
  /** While joining: the short authentication string the inviting device must show too. */
  onSas?: (sas: string) => void
  onStatus?: (status: SyncStatus) => void
  /**
   * Purges from history a comrade made (while this device was away, or since), once carried
   * out here: a headless peer tells its user on its output, and they count as read.
   */
  onPurgeNotices?: (notices: PurgeNotice[]) => void
}

export interface RunningPeer {
  notebook: Notebook
  sync: NotebookSync
  stop(): Promise<void>
}

/**
 * An always-on member device without a window (`massline peer --notebook DIR`): opens the
 * notebook, loads every document and seeds it to the other members until stopped.
 */
export async function runPeer(options: PeerOptions): Promise<RunningPeer> {
  const { notebookDir, invite, onStatus, onSas, onPurgeNotices, keys, ...syncOptions } = options
  if (!(await readNotebookMeta(notebookDir))) {
    if (!invite) throw new Error(`${notebookDir} holds no notebook; pass an invite code to join one`)
    await acceptInvite(invite, {
      ...syncOptions,
      dir: notebookDir,
      keys,
      deviceName: syncOptions.deviceName ?? 'Always-on peer',
      ...(onSas ? { onSas } : {}),
    })
  }
  const notebook = await Notebook.open(notebookDir, keys)
  const sync = await NotebookSync.open(notebook, { deviceName: 'Always-on peer', ...syncOptions })
  if (onStatus) sync.on('status', onStatus)
  const stopTelling = onPurgeNotices ? tellPurges(notebook, onPurgeNotices) : undefined
  await sync.enable()
  return {
    notebook,
    sync,
    async stop() {
      stopTelling?.()
      await sync.disable()
      await notebook.close()
    },
  }
}

/** Each unread purge told once, after its old documents are gone (so with what became of this device's edits), then marked read. */
function tellPurges(notebook: Notebook, tell: (notices: PurgeNotice[]) => void): () => void {
  const told = new Set<string>()
  const report = async (): Promise<void> => {
    await notebook.retirements()
    const fresh = (await pendingPurgeNotices(notebook)).filter((notice) => !told.has(notice.id))
    if (!fresh.length) return
    for (const notice of fresh) told.add(notice.id)
    tell(fresh)
    await acknowledgePurges(notebook, fresh.map((notice) => notice.id))
  }
  return watchPurgeNotices(notebook, () => void report().catch((e: Error) => console.error(`Purge notice failed: ${e.message}`)))
}
