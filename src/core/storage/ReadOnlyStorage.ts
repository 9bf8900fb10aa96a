import type { Chunk, StorageAdapterInterface, StorageKey } from '@automerge/automerge-repo'

/**
 * A storage adapter that reads and never writes: how read-only commands (export, list, show)
 * open a notebook, so a full disk or a read-only folder still lets a person get their data out.
 * Changes the repo makes while open (a migration, a storage id) stay in memory.
 */
export class ReadOnlyStorage implements StorageAdapterInterface {
  constructor(private readonly inner: StorageAdapterInterface) {}

  load(key: StorageKey): Promise<Uint8Array | undefined> {
    return this.inner.load(key)
  }

  loadRange(prefix: StorageKey): Promise<Chunk[]> {
    return this.inner.loadRange(prefix)
  }

  async save(): Promise<void> {}
  async remove(): Promise<void> {}
  async removeRange(): Promise<void> {}
}
