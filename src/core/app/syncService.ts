import { join } from 'node:path'
import type { ExportResult, NotebookSummary } from '../../shared/contract'
import { newId } from '../../shared/ids'
import type { SyncApi, SyncPanelState } from '../../shared/syncContract'
import { fileNameFor } from '../fs/fileNameFor'
import { writeFileAtomic } from '../fs/writeFileAtomic'
import type { Notebook } from '../notebook/Notebook'
import { acceptInvite } from '../sync/acceptInvite'
import { importBundle } from '../imports/bundleBatch'
import { exportBundle } from '../sync/bundle'
import { NotebookSync } from '../sync/NotebookSync'
import type { TransportOptions } from '../sync/transports'
import type { NotebookCatalog } from './NotebookCatalog'

export interface SyncServiceOptions {
  catalog: NotebookCatalog
  notebook: (notebookId: string) => Promise<Notebook>
  /** Remembered per device: the notebooks whose sync the user turned on. */
  enabledNotebooks: () => string[]
  rememberEnabled: (notebookId: string, enabled: boolean) => Promise<void>
  emit: (notebookId: string, state: SyncPanelState) => void
  chooseExportPath: (defaultName: string) => Promise<string | null>
  summary: (notebook: Notebook) => NotebookSummary
  /** A notebook joined by invite is a new local notebook: lists must hear of it. */
  onJoined: () => Promise<void>
  /** Where peers are found; the default is the internet (hyperswarm) and the local network. */
  transport?: TransportOptions
}

export interface SyncService {
  api: SyncApi
  /** The notebook's sync (opened without any socket if sync is off): the purge rotates through it. */
  syncOf(notebookId: string): Promise<NotebookSync>
  /** Turns sync back on for a notebook the user had left syncing, when it opens. */
  resume(notebookId: string): Promise<void>
  close(): Promise<void>
}

const DEFAULT_TRANSPORT: TransportOptions = { internet: {}, lan: { host: '0.0.0.0' } }

/** Sync per notebook, behind the bridge. Nothing here opens a socket until the user turns sync on. */
export function createSyncService(options: SyncServiceOptions): SyncService {
  const transport = options.transport ?? DEFAULT_TRANSPORT
  const syncs = new Map<string, Promise<NotebookSync>>()
  const enabling = new Map<string, Promise<void>>()
  /** The short authentication string of the join under way, for the panel to show. */
  let joining: string | null = null

  function syncOf(notebookId: string): Promise<NotebookSync> {
    let pending = syncs.get(notebookId)
    if (!pending) {
      pending = options.notebook(notebookId).then(async (notebook) => {
        const sync = await NotebookSync.open(notebook, { ...transport, deviceName: 'This computer' })
        sync.on('status', () => options.emit(notebookId, state(sync)))
        return sync
      })
      pending.catch(() => syncs.delete(notebookId))
      syncs.set(notebookId, pending)
    }
    return pending
  }

  function state(sync: NotebookSync): SyncPanelState {
    const status = sync.status()
    return {
      enabled: status.enabled,
      peers: status.peers,
      lastSyncAt: status.lastSyncAt ?? null,
      documentsPending: status.documentsPending,
      errors: status.errors,
      members: sync.members(),
      history: sync.history(),
      joinRequests: sync.joinRequests(),
      openInvites: sync.openInvites(),
    }
  }

  const withSync = async (notebookId: string, act: (sync: NotebookSync) => Promise<unknown>): Promise<SyncPanelState> => {
    const sync = await syncOf(notebookId)
    await act(sync)
    const next = state(sync)
    options.emit(notebookId, next)
    return next
  }

  const api: SyncApi = {
    async syncState({ notebookId }) {
      return state(await syncOf(notebookId))
    },
    setSyncEnabled: ({ notebookId, enabled }) =>
      withSync(notebookId, async (sync) => {
        await options.rememberEnabled(notebookId, enabled)
        if (!enabled) return sync.disable()
        // Turning sync on loads every document so members can be offered them: seconds on a
        // big notebook. The panel says "on" at once and hears the outcome as a status event.
        const started = sync.enable().then(
          () => options.emit(notebookId, state(sync)),
          (error: Error) => options.emit(notebookId, { ...state(sync), errors: [`Could not turn sync on: ${error.message}`] }),
        )
        enabling.set(notebookId, started)
      }),
    async createInvite({ notebookId, expiresInMinutes }) {
      const sync = await syncOf(notebookId)
      if (!sync.enabled) throw new Error('Turn sync on first: the invite works only while this device is online with sync on')
      await enabling.get(notebookId)
      const { code, qrSvg, expiresAt } = await sync.createInvite(
        expiresInMinutes ? { expiresInMs: expiresInMinutes * 60_000 } : {},
      )
      options.emit(notebookId, state(sync))
      return { code, qrSvg, expiresAt }
    },
    cancelInvites: ({ notebookId }) => withSync(notebookId, (sync) => sync.cancelInvites()),
    confirmJoin: ({ notebookId, requestId }) => withSync(notebookId, async (sync) => sync.confirmJoin(requestId)),
    rejectJoin: ({ notebookId, requestId }) => withSync(notebookId, async (sync) => sync.rejectJoin(requestId)),
    async joinNotebook({ code, deviceName }) {
      const dir = join(options.catalog.notebooksDir, newId())
      try {
        const { notebookId } = await acceptInvite(code, {
          ...transport,
          dir,
          deviceName,
          keys: options.catalog.keys,
          onSas: (sas) => (joining = sas),
        })
        await api.setSyncEnabled({ notebookId, enabled: true })
        await options.onJoined()
        return options.summary(await options.notebook(notebookId))
      } finally {
        joining = null
      }
    },
    async joinProgress() {
      return { sas: joining }
    },
    removeMember: ({ notebookId, deviceKey }) => withSync(notebookId, (sync) => sync.removeMember(deviceKey)),
    renameDevice: ({ notebookId, name }) => withSync(notebookId, (sync) => sync.renameDevice(name)),
    async exportBundle({ notebookId, passphrase }): Promise<ExportResult> {
      const notebook = await options.notebook(notebookId)
      const path = await options.chooseExportPath(fileNameFor(notebook.name, '.massline-bundle'))
      if (!path) return { path: null }
      await writeFileAtomic(path, await exportBundle(notebook, { passphrase }))
      return { path }
    },
    async importBundle({ notebookId, passphrase, bytesBase64 }) {
      return importBundle(await options.notebook(notebookId), Buffer.from(bytesBase64, 'base64'), { passphrase })
    },
  }

  return {
    api,
    syncOf,
    async resume(notebookId) {
      if (options.enabledNotebooks().includes(notebookId)) await api.setSyncEnabled({ notebookId, enabled: true })
    },
    async close() {
      await Promise.allSettled(enabling.values())
      const all = await Promise.allSettled(syncs.values())
      await Promise.all(all.map((r) => (r.status === 'fulfilled' ? r.value.disable() : undefined)))
      syncs.clear()
    },
  }
}
