import { Repo, type DocumentId, type PeerId, type StorageAdapterInterface } from '@automerge/automerge-repo'
import { EncryptedStorageAdapter } from '../atRest/EncryptedStorageAdapter'
import { FileStorageAdapter } from '../storage/FileStorageAdapter'
import { ReadOnlyStorage } from '../storage/ReadOnlyStorage'
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
 * Every chunk is sealed with the notebook's storage key.
 */
export function createRepo(storage: StorageAdapterInterface, belongs: (documentId: DocumentId) => boolean): Repo {
  return new Repo({
    storage,
    network: [],
    saveDebounceRate: AUTO_SAVE_DELAY_MS,
    peerId: `core-${globalThis.crypto.randomUUID()}` as PeerId,
    shareConfig: {
      announce: async (peerId) => !isUiPeer(peerId),
      access: async (_peerId, documentId) => documentId === undefined || belongs(documentId),
    },
  })
}

/** The notebook's store: sealed files, behind a guard that holds writes while the disk is full (or drops them, read-only). */
export function notebookStore(storeDir: string, key: Uint8Array, readOnly = false): StorageGuard {
  const sealed = new EncryptedStorageAdapter(new FileStorageAdapter(storeDir), key)
  return new StorageGuard(readOnly ? new ReadOnlyStorage(sealed) : sealed)
}
