import { EventEmitter } from 'node:events'
import { join } from 'node:path'
import type { NetworkAdapterInterface } from '@automerge/automerge-repo'
import type { DocumentId } from '@automerge/automerge-repo'
import { CORE_EVENTS, type AppSettings, type CoreApi, type CoreEventName, type CoreEvents, type NotebookSummary } from '../../shared/contract'
import { exportNotebookJson } from '../export/exportNotebookJson'
import { fileNameFor } from '../fs/fileNameFor'
import { writeFileAtomic } from '../fs/writeFileAtomic'
import { isNoRoom } from '../storage/noRoom'
import { Notebook } from '../notebook/Notebook'
import { watchMerges } from '../contacts/watchMerges'
import { watchLevelCampaigns } from '../campaigns/linkLevelCampaigns'
import { watchDamage } from '../notebook/watchDamage'
import { watchPlaceMerges } from '../places/watchPlaceMerges'
import { watchTwinPlaces } from '../places/watchTwinPlaces'
import { createContactsApi } from './contactsService'
import { createPlacesApi } from './placesService'
import { createSearchService } from '../search/searchService'
import { createMobilizeApi } from './mobilizeService'
import { createLeafletsApi } from './leafletsService'
import { createCampaignsApi } from './campaignsService'
import { createLeafletExportApi } from './leafletExportService'
import { chromiumPrinter } from '../export/leafletChromium'
import type { PrintToPdf } from '../export/leafletPrinter'
import { NotebookCatalog } from './NotebookCatalog'
import type { KeyVault } from '../atRest/KeyVault'
import type { TransportOptions } from '../sync/transports'
import { readSettings, writeSettings } from './settingsFile'
import { createSyncService } from './syncService'
import { createWritesApi } from './writesService'
import { createPurgeService } from './purgeService'
import { createLockApi, type OsUnlock } from '../lock/lockService'
import { WindowLock } from '../lock/windowLock'

/** Long enough for a window to open and show its first screen before shards load. */
const BACKGROUND_LOAD_DELAY_MS = 1500

export type CoreEventMap = { [E in keyof CoreEvents]: [CoreEvents[E]] }

export interface Core {
  /** What the windows reach through the bridge: refused, but for unlocking, while they are locked. */
  api: CoreApi
  /** The app lock of the windows (the host cuts its sync sockets when they lock). */
  windows: WindowLock
  events: EventEmitter<CoreEventMap>
  /** Hears every core event (what a bridge forwards to the renderer); returns an unsubscribe. */
  subscribe(listener: (name: CoreEventName, payload: CoreEvents[CoreEventName]) => void): () => void
  /** Connects a UI peer to one notebook's repo over a network adapter; returns a disconnect function. */
  connectUi(notebookId: string, adapter: NetworkAdapterInterface): Promise<() => void>
  /** The open notebook (opening it if needed). */
  notebook(notebookId: string): Promise<Notebook>
  close(): Promise<void>
}

export interface CoreOptions {
  /** The data directory: notebooks, settings, exports. */
  home: string
  /** Where notebooks' storage keys are kept (desktop: the OS keychain; host and CLI: `nodeKeyVault`). */
  keys: KeyVault
  /** Asks the user where to save an export; the default writes into `<home>/exports`. */
  chooseExportPath?: (defaultName: string) => Promise<string | null>
  /** Where sync finds peers (tests: a local DHT testnet or loopback LAN); the default is the internet and the LAN. */
  syncTransport?: TransportOptions
  /** Unlocking the app lock through the OS (desktop: Touch ID where the Mac has it). */
  osUnlock?: OsUnlock
  /** Lays out and prints leaflets (Electron: webContents.printToPDF); the default drives the system's Chromium. */
  printToPdf?: PrintToPdf
}

/** The core of the app: one per process, shared by the Electron shell, the loopback host and the CLI. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const { home } = options
  const catalog = new NotebookCatalog(home, options.keys)
  await catalog.ensureDefault()
  const events = new EventEmitter<CoreEventMap>()
  const open = new Map<string, Promise<Notebook>>()
  let settings = await readSettings(home)
  const chooseExportPath = options.chooseExportPath ?? (async (name: string) => join(home, 'exports', name))

  function notebook(notebookId: string): Promise<Notebook> {
    let pending = open.get(notebookId)
    if (!pending) {
      pending = catalog.find(notebookId).then(async (entry) => {
        const nb = await Notebook.open(entry.dir, catalog.keys)
        nb.contacts.on('changed', (delta) => events.emit('contactsChanged', { notebookId, ...delta }))
        nb.indexes.notes.on('changed', (delta) => events.emit('notesChanged', { notebookId, ...delta }))
        watchMerges(nb)
        nb.store.on('changed', (state) => events.emit('storageChanged', { notebookId, ...state }))
        purge.watch(notebookId, nb)
        watchDamage(nb, (report) => events.emit('damageChanged', { notebookId, report }))
        setImmediate(() => void sync.resume(notebookId).catch((e) => console.error('Resuming sync failed:', (e as Error).message)))
        // Reconcile the list index with the documents once the first screen has been served.
        const loadInBackground = async (): Promise<void> => {
          await nb.loadAll('contacts')
          // Levels typed as free text by older pickers become levels of campaign records.
          watchLevelCampaigns(nb)
          await nb.loadAll('notes')
          await watchTwinPlaces(nb)
          await watchPlaceMerges(nb)
          await search.loadInBackground(nb)
        }
        setTimeout(() => void loadInBackground().catch((e) => console.error('Loading the notebook failed:', (e as Error).message)), BACKGROUND_LOAD_DELAY_MS).unref()
        return nb
      })
      pending.catch(() => open.delete(notebookId))
      open.set(notebookId, pending)
    }
    return pending
  }

  // Start opening the notebook the window will show (the last one, else the first, as the renderer
  // picks) while the window is still loading.
  const entries = await catalog.list()
  const first = entries.find((entry) => entry.id === settings.lastNotebookId) ?? entries[0]
  if (first) notebook(first.id).catch(() => undefined)

  const summary = (nb: Notebook): NotebookSummary => ({ id: nb.id, name: nb.name, rootUrl: nb.root.url })

  async function notebooksChanged(): Promise<void> {
    events.emit('notebooksChanged', await api.listNotebooks({}))
  }

  async function saveSettings(patch: Partial<AppSettings>): Promise<AppSettings> {
    settings = { ...settings, ...patch }
    await writeSettings(home, settings)
    return settings
  }

  const sync = createSyncService({
    catalog,
    notebook,
    enabledNotebooks: () => settings.syncEnabled,
    rememberEnabled: async (notebookId, enabled) => {
      const others = settings.syncEnabled.filter((id) => id !== notebookId)
      await saveSettings({ syncEnabled: enabled ? [...others, notebookId] : others })
    },
    emit: (notebookId, state) => events.emit('syncChanged', { notebookId, state }),
    chooseExportPath,
    summary,
    onJoined: notebooksChanged,
    ...(options.syncTransport ? { transport: options.syncTransport } : {}),
  })

  const purge = createPurgeService({ notebook, sync: (id) => sync.syncOf(id), emit: (notebookId, notices) => events.emit('purgeNotices', { notebookId, notices }) })
  const contacts = createContactsApi({ notebook, emit: (progress) => events.emit('importProgress', progress), chooseExportPath })

  const search = createSearchService({ notebook })

  const windows = new WindowLock()
  const api: CoreApi = windows.guard({
    ...contacts,
    ...search.api,
    ...sync.api,
    ...purge.api,
    ...createLockApi(home, { os: options.osUnlock, windows }),
    ...createLeafletsApi(notebook),
    ...createWritesApi(notebook),
    ...createCampaignsApi(notebook),
    ...createLeafletExportApi({ notebook, chooseExportPath, printToPdf: options.printToPdf ?? chromiumPrinter }),
    ...createPlacesApi(notebook),
    ...createMobilizeApi({ notebook, chooseExportPath, printToPdf: options.printToPdf ?? chromiumPrinter }),
    async listNotebooks() {
      return (await catalog.list()).map(({ id, name, rootUrl }) => ({ id, name, rootUrl }))
    },
    async createNotebook({ name }) {
      const nb = await catalog.create(name)
      open.set(nb.id, Promise.resolve(nb))
      await notebooksChanged()
      return summary(nb)
    },
    async renameNotebook({ notebookId, name }) {
      const nb = await notebook(notebookId)
      await nb.rename(name)
      await notebooksChanged()
      return summary(nb)
    },
    async openNotebook({ notebookId }) {
      const nb = await notebook(notebookId)
      // Remembering it is a nicety: on a full disk the notebook still opens, read-only.
      if (settings.lastNotebookId !== notebookId) await saveSettings({ lastNotebookId: notebookId }).catch((error: unknown) => {
        if (!isNoRoom(error)) throw error
      })
      return summary(nb)
    },
    async getSettings() {
      return settings
    },
    updateSettings: saveSettings,
    async listContacts({ notebookId }) {
      return (await notebook(notebookId)).rows('contacts')
    },
    async listNotes({ notebookId }) {
      return (await notebook(notebookId)).rows('notes')
    },
    async persist({ notebookId, documentId, heads }) {
      await (await notebook(notebookId)).persist(documentId as DocumentId, heads)
      return { savedAt: Date.now() }
    },
    async notebookDamage({ notebookId }) {
      return (await notebook(notebookId)).damage()
    },
    async exportNotebook({ notebookId }) {
      const nb = await notebook(notebookId)
      const path = await chooseExportPath(fileNameFor(nb.name, '.massline.json'))
      if (!path) return { path: null }
      await writeFileAtomic(path, JSON.stringify(await exportNotebookJson(nb), null, 2))
      return { path }
    },
  })

  function subscribe(listener: (name: CoreEventName, payload: CoreEvents[CoreEventName]) => void): () => void {
    const emitter = events as unknown as EventEmitter
    const offs = CORE_EVENTS.map((name) => {
      // A locked window is told nothing; it reads afresh once unlocked (the renderer reloads).
      const forward = (payload: CoreEvents[CoreEventName]) => windows.locked || listener(name, payload)
      emitter.on(name, forward)
      return () => emitter.off(name, forward)
    })
    return () => offs.forEach((off) => off())
  }

  return {
    api,
    windows,
    events,
    subscribe,
    notebook,
    async connectUi(notebookId, adapter) {
      const nb = await notebook(notebookId)
      const disconnect = windows.link(() => nb.repo.networkSubsystem.removeNetworkAdapter(adapter))
      nb.repo.networkSubsystem.addNetworkAdapter(adapter)
      return disconnect
    },
    async close() {
      await sync.close()
      await search.close()
      const notebooks = await Promise.allSettled(open.values())
      await Promise.all(notebooks.map((r) => (r.status === 'fulfilled' ? r.value.close() : undefined)))
      open.clear()
    },
  }
}
