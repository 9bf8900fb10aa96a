import { Repo, type DocumentId, type PeerId } from '@automerge/automerge-repo'
import { EncryptedStorageAdapter } from '../atRest/EncryptedStorageAdapter'
import { FileStorageAdapter } from '../storage/FileStorageAdapter'
import type { Quarantine } from '../storage/Quarantine'
import { RetiredDocumentsStorage } from '../storage/RetiredDocumentsStorage'
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
 * Every chunk is sealed with the notebook's storage key (checked before the repo starts), so
 * a chunk that will not open is damage: it goes to the quarantine and the document loads
 * without it.
 * `belongs` is false for anything outside the notebook, and for every document a purge retired
 * (the root's denylist, `shared/purge/purgeLog.ts`): those are never served, whoever asks,
 * and never stored or read again (`retired`).
 */
export function createRepo(
  storeDir: string,
  key: Uint8Array,
  belongs: (documentId: DocumentId) => boolean,
  quarantine: Quarantine,
  retired: (documentId: DocumentId) => boolean = () => false,
): Repo {
  const files = new FileStorageAdapter(storeDir)
  return new Repo({
    storage: new RetiredDocumentsStorage(new EncryptedStorageAdapter(files, key, 'store', quarantine.handler(files)), (id) => retired(id as DocumentId)),
    network: [],
    saveDebounceRate: AUTO_SAVE_DELAY_MS,
    peerId: `core-${globalThis.crypto.randomUUID()}` as PeerId,
    shareConfig: {
      announce: async (peerId) => !isUiPeer(peerId),
      access: async (_peerId, documentId) => documentId === undefined || (belongs(documentId) && !retired(documentId)),
    },
  })
}
