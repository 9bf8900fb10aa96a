import type { ContactRow } from './contacts/contactRow'
import { CAMPAIGNS_METHODS, type CampaignsApi } from './campaignsContract'
import { CONTACTS_METHODS, type ContactsApi, type ContactsEvents } from './contactsContract'
import { DAMAGE_METHODS, type DamageApi, type DamageEvents } from './damageContract'
import { LEAFLETS_METHODS, type LeafletsApi } from './leafletsContract'
import { LEAFLET_EXPORT_METHODS, type LeafletExportApi } from './leafletExportContract'
import { MOBILIZE_METHODS, type MobilizeApi } from './mobilizeContract'
import { NOTES_METHODS, type NotesApi, type NotesEvents } from './notesContract'
import { LOCK_METHODS, type LockApi } from './lockContract'
import { PLACES_METHODS, type PlacesApi } from './placesContract'
import { PURGE_METHODS, type PurgeApi, type PurgeEvents } from './purgeContract'
import { SEARCH_METHODS, type SearchApi } from './searchContract'
import { SYNC_METHODS, type SyncApi, type SyncEvents } from './syncContract'
import { WRITES_METHODS, type WritesApi, type WritesEvents } from './writesContract'

/**
 * The one typed bridge between the renderer and the core, for everything that is not a
 * document (documents travel by Automerge sync). Electron implements it over IPC, the
 * loopback host over a WebSocket; the renderer cannot tell which.
 */
export interface NotebookSummary {
  id: string
  name: string
  rootUrl: string
}

export type Theme = 'system' | 'light' | 'dark'

export interface AppSettings {
  theme: Theme
  lastNotebookId: string | null
  /** Notebooks whose sync the user turned on (set through setSyncEnabled, not updateSettings). */
  syncEnabled: string[]
}

export interface ExportResult {
  /** Where the file was written, or null when the user cancelled. */
  path: string | null
}

export interface CoreApi extends SyncApi, DamageApi, ContactsApi, NotesApi, LeafletsApi, SearchApi, LeafletExportApi, PurgeApi, LockApi, CampaignsApi, WritesApi, MobilizeApi, PlacesApi {
  listNotebooks(args: Record<string, never>): Promise<NotebookSummary[]>
  createNotebook(args: { name: string }): Promise<NotebookSummary>
  renameNotebook(args: { notebookId: string; name: string }): Promise<NotebookSummary>
  /** Opens (loading if needed) and remembers it as the notebook to show on next start. */
  openNotebook(args: { notebookId: string }): Promise<NotebookSummary>
  getSettings(args: Record<string, never>): Promise<AppSettings>
  updateSettings(args: Partial<AppSettings>): Promise<AppSettings>
  listContacts(args: { notebookId: string }): Promise<ContactRow[]>
  /** Resolves once the core has stored the document durably with at least these heads. */
  persist(args: { notebookId: string; documentId: string; heads: string[] }): Promise<{ savedAt: number }>
  exportNotebook(args: { notebookId: string; format: 'json' }): Promise<ExportResult>
}

/** App actions the native menu forwards to the renderer, which knows the open notebook and the UI state. */
export const APP_COMMANDS = ['newNotebook', 'exportNotebook', 'toggleDarkTheme', 'showHelp', 'lockApp'] as const
export type AppCommand = (typeof APP_COMMANDS)[number]

export interface CoreEvents {
  contactsChanged: { notebookId: string; upserts: ContactRow[]; removed: string[] }
  notebooksChanged: NotebookSummary[]
  /** Sent by the Electron shell's menu, never by the core. */
  appCommand: { command: AppCommand }
  importProgress: ContactsEvents['importProgress']
  syncChanged: SyncEvents['syncChanged']
  notesChanged: NotesEvents['notesChanged']
  purgeNotices: PurgeEvents['purgeNotices']
  /** A file of the notebook was found damaged, or a damaged document got its changes back. */
  damageChanged: DamageEvents['damageChanged']
  storageChanged: WritesEvents['storageChanged']
}

export type CoreMethod = keyof CoreApi
export type CoreEventName = keyof CoreEvents

/** Every bridge method (the compiler checks the list against CoreApi in bridge/coreArgs.ts). */
export const CORE_METHODS: CoreMethod[] = [
  'listNotebooks',
  'createNotebook',
  'renameNotebook',
  'openNotebook',
  'getSettings',
  'updateSettings',
  'listContacts',
  'persist',
  'exportNotebook',
  ...CONTACTS_METHODS,
  ...SYNC_METHODS,
  ...NOTES_METHODS,
  ...LEAFLETS_METHODS,
  ...LEAFLET_EXPORT_METHODS,
  ...SEARCH_METHODS,
  ...CAMPAIGNS_METHODS,
  ...PURGE_METHODS,
  ...LOCK_METHODS,
  ...DAMAGE_METHODS,
  ...WRITES_METHODS,
  ...MOBILIZE_METHODS,
  ...PLACES_METHODS,
]
export const CORE_EVENTS: CoreEventName[] = ['contactsChanged', 'notebooksChanged', 'appCommand', 'importProgress', 'syncChanged', 'notesChanged', 'purgeNotices', 'damageChanged', 'storageChanged']

/** IPC channel names come from method names, so no feature writes a raw channel string. */
export const channelFor = (method: CoreMethod): string => `massline:${method}`
export const EVENT_CHANNEL = 'massline:event'

export function isCoreMethod(name: unknown): name is CoreMethod {
  return typeof name === 'string' && (CORE_METHODS as string[]).includes(name)
}
