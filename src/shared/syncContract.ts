import type { ExportResult, NotebookSummary } from './contract'

/**
 * The bridge's sync section: turning sync on and off per notebook, members and invites,
 * and the encrypted bundle file. Implemented in src/core/app/syncService.ts.
 */
export interface SyncMember {
  deviceKey: string
  name: string
  addedAt: number
  /** Who added this device (its name, and its key), or null for the notebook's first devices. */
  addedBy: string | null
  addedByKey: string | null
  /** 0 when never met on this device. */
  lastSeen: number
  thisDevice: boolean
  connected: boolean
}

/** One entry of the signed membership log, with names resolved, as the panel lists it. */
export interface SyncLogEntry {
  at: number
  kind: 'founded' | 'carried-over' | 'added' | 'removed' | 'rotated' | 'renamed'
  by: string
  target?: string
  /** Devices that left with the target (it had added them). */
  cascade?: string[]
}

/** A device that claimed one of our invites and waits for the user to confirm it. */
export interface SyncJoinRequest {
  id: string
  deviceName: string
  deviceKey: string
  /** The short authentication string both screens show ("123 456"). */
  sas: string
  requestedAt: number
  expiresAt: number
}

export interface SyncPanelState {
  enabled: boolean
  peers: Array<{ deviceKey: string; name: string }>
  lastSyncAt: number | null
  documentsPending: number
  errors: string[]
  members: SyncMember[]
  /** Newest first. */
  history: SyncLogEntry[]
  joinRequests: SyncJoinRequest[]
  openInvites: number
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
  /** `expiresInMinutes` defaults to 15. */
  createInvite(args: { notebookId: string; expiresInMinutes?: number }): Promise<InviteView>
  cancelInvites(args: { notebookId: string }): Promise<SyncPanelState>
  /** The user compared the short authentication string: hand this device the notebook. */
  confirmJoin(args: { notebookId: string; requestId: string }): Promise<SyncPanelState>
  rejectJoin(args: { notebookId: string; requestId: string }): Promise<SyncPanelState>
  /** Joins a notebook from a comrade's one-time invite; it becomes a new local notebook. */
  joinNotebook(args: { code: string; deviceName: string }): Promise<NotebookSummary>
  /** While a join waits for the inviter's confirmation: the short authentication string to compare. */
  joinProgress(args: Record<string, never>): Promise<{ sas: string | null }>
  /**
   * Signs a removal into the membership log and rotates the secret: the removed device (and the
   * devices it added) keep what they had, and get nothing new.
   */
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
  'cancelInvites',
  'confirmJoin',
  'rejectJoin',
  'joinNotebook',
  'joinProgress',
  'removeMember',
  'renameDevice',
  'exportBundle',
  'importBundle',
]
