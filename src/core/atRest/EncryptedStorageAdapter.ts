import type { Chunk, StorageAdapterInterface, StorageKey } from '@automerge/automerge-repo'
import { seal, unseal } from './seal'

/**
 * What to do with a stored value that will not open (damaged, altered, planted in clear):
 * keep it aside and carry on without it. Without one, such a value fails the whole load.
 */
export type OnDamaged = (key: StorageKey, sealed: Uint8Array, error: Error) => Promise<void>

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
    /** Set once the key is known to be this notebook's: a value that will not open is then damage, not a wrong key. */
    readonly onDamaged?: OnDamaged,
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
    const opened: Chunk[] = []
    for (const { key, data } of chunks) {
      const value = data && (await this.#open(key, data))
      if (!data || value) opened.push({ key, data: value })
    }
    return opened
  }

  removeRange(prefix: StorageKey): Promise<void> {
    return this.inner.removeRange(prefix)
  }

  /** The value in clear; undefined (after `onDamaged` took it) when it will not open. */
  async #open(key: StorageKey, sealed: Uint8Array): Promise<Uint8Array | undefined> {
    try {
      return unseal(this.key, sealed, labelOf(key), [this.where, ...key].join('/'))
    } catch (error) {
      if (!this.onDamaged) throw error
      await this.onDamaged(key, sealed, error as Error)
      return undefined
    }
  }
}

export const labelOf = (key: StorageKey): string => `storage:${JSON.stringify(key)}`
