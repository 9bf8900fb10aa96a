import type { KeyVault } from '../atRest/KeyVault'
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
  const { notebookDir, invite, onStatus, onSas, keys, ...syncOptions } = options
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
  await sync.enable()
  return {
    notebook,
    sync,
    async stop() {
      await sync.disable()
      await notebook.close()
    },
  }
}
