import { randomBytes } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { StorageAdapterInterface, StorageKey } from '@automerge/automerge-repo'
import { z } from 'zod'
import { SealedDataError } from '../atRest/seal'
import type { OnDamaged } from '../atRest/EncryptedStorageAdapter'
import { readJson } from '../fs/readJson'
import { writeFileAtomic } from '../fs/writeFileAtomic'

const entrySchema = z.object({
  /** The chunk's automerge-repo storage key: `[documentId, 'snapshot' | 'incremental' | 'sync-state', hash]`, or `['storage-adapter-id']`. */
  storageKey: z.array(z.string()),
  /** Where the chunk was, relative to the notebook (`store/<doc>/incremental/<hash>`). */
  from: z.string(),
  /** Where its bytes are kept now, relative to the notebook; null when they could not be copied (a read-only disk: the chunk stays in the store, unread). */
  kept: z.string().nullable(),
  at: z.number(),
  reason: z.string(),
  bytes: z.number(),
})
export type QuarantineEntry = z.infer<typeof entrySchema>

export const QUARANTINE_DIR = 'quarantine'

/** The document a stored chunk belongs to (undefined for the store's own id). */
export const documentOf = (entry: Pick<QuarantineEntry, 'storageKey'>): string | undefined => (entry.storageKey.length === 3 ? entry.storageKey[0] : undefined)

export function reasonOf(error: Error): string {
  if (error instanceof SealedDataError) return error.wrongKey ? 'its header names another storage key (damaged header)' : 'it failed its integrity check (damaged or altered)'
  return error.message.includes('is not sealed') ? 'it is not sealed (written in clear or replaced)' : error.message
}

/**
 * Where a notebook keeps stored chunks that would not open (`<notebook>/quarantine/`): each
 * chunk's bytes as they were (still sealed), and a record of where they came from and why.
 * Nothing here is ever deleted: a damaged chunk may still be worth a specialist's look, and
 * the bytes are only as sensitive as the store they came from (sealed, names in clear).
 */
export class Quarantine extends EventEmitter<{ quarantined: [QuarantineEntry] }> {
  readonly dir: string

  constructor(readonly notebookDir: string) {
    super()
    this.dir = join(notebookDir, QUARANTINE_DIR)
  }

  /** Copies a chunk's bytes here with its record (each written atomically, bytes first). */
  async keep(storageKey: StorageKey, bytes: Uint8Array, reason: string, at = Date.now()): Promise<QuarantineEntry> {
    const name = `${at}-${randomBytes(4).toString('hex')}`
    const entry: QuarantineEntry = { storageKey, from: ['store', ...storageKey].join('/'), kept: `${QUARANTINE_DIR}/${name}.chunk`, at, reason, bytes: bytes.byteLength }
    await writeFileAtomic(join(this.dir, `${name}.chunk`), bytes)
    await writeFileAtomic(join(this.dir, `${name}.json`), JSON.stringify(entry, null, 2))
    return entry
  }

  /** Every chunk ever quarantined here, oldest first. */
  async list(): Promise<QuarantineEntry[]> {
    const names = await readdir(this.dir).catch(() => [] as string[])
    const entries = await Promise.all(
      names.filter((name) => name.endsWith('.json')).map((name) => readJson(join(this.dir, name), entrySchema).catch(() => undefined)),
    )
    return entries.filter((entry): entry is QuarantineEntry => entry !== undefined).sort((a, b) => a.at - b.at)
  }

  /**
   * The damage handler of a store: the chunk's bytes are copied here, then removed from the
   * store, so the document loads without it and later saves never trip on it again. If the
   * copy fails (a read-only or full disk), the chunk is left where it is and only skipped.
   */
  handler(store: StorageAdapterInterface): OnDamaged {
    return async (storageKey, sealed, error) => {
      let entry: QuarantineEntry
      try {
        entry = await this.keep(storageKey, sealed, reasonOf(error))
        await store.remove(storageKey)
      } catch (failure) {
        console.error(`Could not move the damaged ${['store', ...storageKey].join('/')} into quarantine (${(failure as Error).message}); it is skipped`)
        entry = { storageKey, from: ['store', ...storageKey].join('/'), kept: null, at: Date.now(), reason: reasonOf(error), bytes: sealed.byteLength }
      }
      this.emit('quarantined', entry)
    }
  }
}
