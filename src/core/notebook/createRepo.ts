import { Repo, type DocumentId, type PeerId, type StorageAdapterInterface } from '@automerge/automerge-repo'
import { EncryptedStorageAdapter } from '../atRest/EncryptedStorageAdapter'
import { FileStorageAdapter } from '../storage/FileStorageAdapter'
import type { Quarantine } from '../storage/Quarantine'
import { ReadOnlyStorage } from '../storage/ReadOnlyStorage'
import { RetiredDocumentsStorage } from '../storage/RetiredDocumentsStorage'
import { StorageGuard } from '../storage/StorageGuard'
import { isUiPeer } from '../../shared/peers'

/**
 * How long automerge-repo waits before saving a changed document by itself. Nothing relies
 * on it for durability: an edit is acknowledged only after an explicit flush (`persist`),
 * and bulk writes flush shard by shard. A long delay keeps the automatic save from racing
 * those flushes (automerge-repo compacts one document at a time, and a save that loses the
 * race is written as a slow-to-load incremental chunk).
 */
const AUTO_SAVE_DELAY_MS = 1000

/**
 * One Repo per notebook, over that notebook's own store: documents of two notebooks never
 * share a repo, so no peer of one can ever be offered the other's.
 * UI peers (the renderer) pull what they open and are never pushed the whole notebook.
 * Its store (`notebookStore`) seals every chunk with the notebook's storage key (checked
 * before the repo starts), so a chunk that will not open is damage: it goes to the quarantine
 * and the document loads without it.
 * `belongs` is false for anything outside the notebook, and for every document a purge retired
 * (the root's denylist, `shared/purge/purgeLog.ts`): those are never served, whoever asks,
 * and never stored or read again (`retired`).
 */
export function createRepo(storage: StorageAdapterInterface, belongs: (documentId: DocumentId) => boolean, retired: (documentId: DocumentId) => boolean = () => false): Repo {
  return new Repo({
    storage,
    network: [],
    saveDebounceRate: AUTO_SAVE_DELAY_MS,
    peerId: `core-${globalThis.crypto.randomUUID()}` as PeerId,
    shareConfig: {
      announce: async (peerId) => !isUiPeer(peerId),
      access: async (_peerId, documentId) => documentId === undefined || (belongs(documentId) && !retired(documentId)),
    },
  })
}

export interface StoreOptions {
  quarantine: Quarantine
  retired?: (documentId: DocumentId) => boolean
  /** Reads only: writes are dropped (read-only commands on a full disk or a read-only folder). */
  readOnly?: boolean
}

/**
 * The notebook's store for `createRepo`: sealed chunk files (damaged ones to the quarantine,
 * retired documents left out), behind a guard that holds writes while the disk takes none.
 */
export function notebookStore(storeDir: string, key: Uint8Array, { quarantine, retired = () => false, readOnly = false }: StoreOptions): StorageGuard {
  const files = new FileStorageAdapter(storeDir)
  const sealed = new RetiredDocumentsStorage(new EncryptedStorageAdapter(files, key, 'store', quarantine.handler(files)), (id) => retired(id as DocumentId))
  return new StorageGuard(readOnly ? new ReadOnlyStorage(sealed) : sealed)
}
