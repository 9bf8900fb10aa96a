import { Repo, type DocumentId, type PeerId } from '@automerge/automerge-repo'
import { FileStorageAdapter } from '../storage/FileStorageAdapter'
import { isUiPeer } from '../../shared/peers'

/**
 * One Repo per notebook, over that notebook's own store: documents of two notebooks never
 * share a repo, so no peer of one can ever be offered the other's.
 * UI peers (the renderer) pull what they open and are never pushed the whole notebook.
 */
export function createRepo(storeDir: string, belongs: (documentId: DocumentId) => boolean): Repo {
  return new Repo({
    storage: new FileStorageAdapter(storeDir),
    network: [],
    peerId: `core-${globalThis.crypto.randomUUID()}` as PeerId,
    shareConfig: {
      announce: async (peerId) => !isUiPeer(peerId),
      access: async (_peerId, documentId) => documentId === undefined || belongs(documentId),
    },
  })
}
