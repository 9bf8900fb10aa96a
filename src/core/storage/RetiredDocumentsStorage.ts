import type { Chunk, StorageAdapterInterface, StorageKey } from '@automerge/automerge-repo'

/**
 * Storage that keeps nothing of a retired document (one a purge replaced): its chunks are
 * neither written nor read again, and a write racing its removal is dropped rather than
 * failing. Removal itself goes through.
 */
export class RetiredDocumentsStorage implements StorageAdapterInterface {
  constructor(
    private readonly inner: StorageAdapterInterface,
    private readonly retired: (documentId: string) => boolean,
  ) {}

  #isRetired = (key: StorageKey): boolean => key[0] !== undefined && this.retired(key[0])

  async load(key: StorageKey): Promise<Uint8Array | undefined> {
    return this.#isRetired(key) ? undefined : this.inner.load(key)
  }

  async save(key: StorageKey, data: Uint8Array): Promise<void> {
    if (this.#isRetired(key)) return
    try {
      await this.inner.save(key, data)
    } catch (error) {
      if (!this.#isRetired(key)) throw error
      // Retired while it was being written: its folder is being removed.
      await this.inner.remove(key).catch(() => undefined)
    }
  }

  remove(key: StorageKey): Promise<void> {
    return this.inner.remove(key)
  }

  async loadRange(prefix: StorageKey): Promise<Chunk[]> {
    if (this.#isRetired(prefix)) return []
    return (await this.inner.loadRange(prefix)).filter((chunk) => !this.#isRetired(chunk.key))
  }

  removeRange(prefix: StorageKey): Promise<void> {
    return this.inner.removeRange(prefix)
  }
}
