import type { PurgeNotice } from './purge/purgeNotice'
import type { PurgeTargetKind } from './purge/purgeScope'

/**
 * The bridge's purge section: "remove from our history" for a contact, a note or a quote, and
 * the notices of purges that reached this device. Implemented in src/core/app/purgeService.ts.
 */
export interface PurgeApi {
  /** New documents without the target, the old ones retired on every member, the secret rotated. */
  purgeFromHistory(args: { notebookId: string; kind: PurgeTargetKind; id: string }): Promise<{ replaced: number; rotated: boolean }>
  purgeNotices(args: { notebookId: string }): Promise<PurgeNotice[]>
  /** The user read these notices; returns the ones left. */
  acknowledgePurges(args: { notebookId: string; ids: string[] }): Promise<PurgeNotice[]>
}

export interface PurgeEvents {
  /** A purge reached this device (made on another member's device, or here). */
  purgeNotices: { notebookId: string; notices: PurgeNotice[] }
}

export const PURGE_METHODS: (keyof PurgeApi)[] = ['purgeFromHistory', 'purgeNotices', 'acknowledgePurges']
