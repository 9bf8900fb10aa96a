import type { Chunk, StorageAdapterInterface, StorageKey } from '@automerge/automerge-repo'
import { seal, unseal } from './seal'

/**
 * Seals every value of another automerge-repo storage adapter with a storage key (a
 * decorator: the inner adapter stores opaque bytes). Keys pass through in clear: for
 * automerge-repo they are document ids, chunk kinds and hashes, which reveal no content.
 * Each value is bound to its key, so chunks cannot be swapped between keys or documents.
 */
export class EncryptedStorageAdapter implements StorageAdapterInterface {
  constructor(
    readonly inner: StorageAdapterInterface,
    readonly key: Uint8Array,
    /** Names a value in errors: `store/<doc>/snapshot/<hash>`. */
    readonly where = 'store',
  ) {}

  async load(key: StorageKey): Promise<Uint8Array | undefined> {
    const sealed = await this.inner.load(key)
    return sealed && this.#open(key, sealed)
  }

  save(key: StorageKey, data: Uint8Array): Promise<void> {
    return this.inner.save(key, seal(this.key, data, labelOf(key)))
  }

  remove(key: StorageKey): Promise<void> {
    return this.inner.remove(key)
  }

  async loadRange(prefix: StorageKey): Promise<Chunk[]> {
    const chunks = await this.inner.loadRange(prefix)
    return chunks.map(({ key, data }) => ({ key, data: data && this.#open(key, data) }))
  }

  removeRange(prefix: StorageKey): Promise<void> {
    return this.inner.removeRange(prefix)
  }

  #open(key: StorageKey, sealed: Uint8Array): Uint8Array {
    return unseal(this.key, sealed, labelOf(key), [this.where, ...key].join('/'))
  }
}

const labelOf = (key: StorageKey): string => `storage:${JSON.stringify(key)}`
