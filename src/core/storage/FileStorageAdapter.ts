import { readdir, readFile, rm, unlink } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { Chunk, StorageAdapterInterface, StorageKey } from '@automerge/automerge-repo'
import { writeFileAtomic } from '../fs/writeFileAtomic'

/**
 * Automerge-repo storage in a directory, one file per key. Writes are atomic (temp file,
 * fsync, rename) so a crash mid-save never leaves a torn chunk for the next load.
 * `loadRange` lists only the prefix's own folder (walking the whole store on open costs
 * hundreds of milliseconds); keys saved by this process come back in the order they were
 * saved, then keys found on disk in name order.
 */
export class FileStorageAdapter implements StorageAdapterInterface {
  readonly #saved = new Map<string, StorageKey>()

  constructor(readonly directory: string) {}

  async load(key: StorageKey): Promise<Uint8Array | undefined> {
    try {
      return new Uint8Array(await readFile(this.#path(key)))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
  }

  async save(key: StorageKey, data: Uint8Array): Promise<void> {
    await writeFileAtomic(this.#path(key), data)
    if (!this.#saved.has(keyString(key))) this.#saved.set(keyString(key), key)
  }

  async remove(key: StorageKey): Promise<void> {
    await unlink(this.#path(key)).catch(ignoreMissing)
    this.#saved.delete(keyString(key))
  }

  async loadRange(prefix: StorageKey): Promise<Chunk[]> {
    const onDisk = new Map(
      (await walk(this.#path(prefix)))
        .filter((file) => !file.endsWith('.tmp'))
        .map((file) => relative(this.directory, file).split(sep).map(decodeURIComponent))
        .sort((a, b) => keyString(a).localeCompare(keyString(b)))
        .map((key) => [keyString(key), key]),
    )
    const savedHere = [...this.#saved].filter(([id]) => onDisk.has(id))
    const ordered = [...savedHere, ...[...onDisk].filter(([id]) => !this.#saved.has(id))].map(([, key]) => key)
    return Promise.all(ordered.map(async (key) => ({ key, data: await this.load(key) })))
  }

  async removeRange(prefix: StorageKey): Promise<void> {
    for (const [id, key] of this.#saved) if (hasPrefix(key, prefix)) this.#saved.delete(id)
    await rm(this.#path(prefix), { recursive: true, force: true })
  }

  #path(key: StorageKey): string {
    return join(this.directory, ...key.map(encodeComponent))
  }

}

function encodeComponent(part: string): string {
  // '.' and '..' must never become path steps; encodeURIComponent leaves dots alone.
  return encodeURIComponent(part).replace(/^\.+$/, (dots) => dots.replace(/\./g, '%2E'))
}

function keyString(key: StorageKey): string {
  return key.join('\u0000')
}

function hasPrefix(key: StorageKey, prefix: StorageKey): boolean {
  return prefix.every((part, i) => key[i] === part)
}

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ENOENT') throw error
}

async function walk(directory: string): Promise<string[]> {
  let entries
  try {
    entries = await readdir(directory, { withFileTypes: true })
  } catch (error) {
    ignoreMissing(error as NodeJS.ErrnoException)
    return []
  }
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(directory, entry.name)
      return entry.isDirectory() ? walk(path) : Promise.resolve([path])
    }),
  )
  return nested.flat()
}
