import type { ExportResult, NotebookSummary } from './contract'

/**
 * The bridge's sync section: turning sync on and off per notebook, members and invites,
 * and the encrypted bundle file. Implemented in src/core/app/syncService.ts.
 */
export interface SyncMember {
  deviceKey: string
  name: string
  addedAt: number
  lastSeen: number
  thisDevice: boolean
  connected: boolean
}

export interface SyncPanelState {
  enabled: boolean
  peers: Array<{ deviceKey: string; name: string }>
  lastSyncAt: number | null
  documentsPending: number
  errors: string[]
  members: SyncMember[]
}

export interface InviteView {
  code: string
  qrSvg: string
  expiresAt: number
}

export interface SyncApi {
  syncState(args: { notebookId: string }): Promise<SyncPanelState>
  /** Off by default: no socket opens for a notebook until this turns it on. */
  setSyncEnabled(args: { notebookId: string; enabled: boolean }): Promise<SyncPanelState>
  createInvite(args: { notebookId: string }): Promise<InviteView>
  /** Joins a notebook from a comrade's one-time invite; it becomes a new local notebook. */
  joinNotebook(args: { code: string; deviceName: string }): Promise<NotebookSummary>
  /** Rotates the notebook's secret: the removed device keeps what it had, and gets nothing new. */
  removeMember(args: { notebookId: string; deviceKey: string }): Promise<SyncPanelState>
  renameDevice(args: { notebookId: string; name: string }): Promise<SyncPanelState>
  exportBundle(args: { notebookId: string; passphrase: string }): Promise<ExportResult>
  /** Merges an encrypted bundle (bytes as base64); never overwrites. */
  importBundle(args: { notebookId: string; passphrase: string; bytesBase64: string }): Promise<{ documents: number; added: number }>
}

export interface SyncEvents {
  syncChanged: { notebookId: string; state: SyncPanelState }
}

export const SYNC_METHODS: (keyof SyncApi)[] = [
  'syncState',
  'setSyncEnabled',
  'createInvite',
  'joinNotebook',
  'removeMember',
  'renameDevice',
  'exportBundle',
  'importBundle',
]
