import { readdir, readFile, rm, unlink } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { Chunk, StorageAdapterInterface, StorageKey } from '@automerge/automerge-repo'
import { writeFileAtomic } from '../fs/writeFileAtomic'

/**
 * Automerge-repo storage in a directory, one file per key. Writes are atomic (temp file,
 * fsync, rename) so a crash mid-save never leaves a torn chunk for the next load. It keeps
 * the list of keys in memory (not their data), which gives `loadRange` a stable order.
 */
export class FileStorageAdapter implements StorageAdapterInterface {
  #keys: Promise<Map<string, StorageKey>> | undefined

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
    const keys = await this.#keyList()
    keys.set(keyString(key), key)
  }

  async remove(key: StorageKey): Promise<void> {
    await unlink(this.#path(key)).catch(ignoreMissing)
    ;(await this.#keyList()).delete(keyString(key))
  }

  async loadRange(prefix: StorageKey): Promise<Chunk[]> {
    const matching = [...(await this.#keyList()).values()].filter((key) => hasPrefix(key, prefix))
    return Promise.all(matching.map(async (key) => ({ key, data: await this.load(key) })))
  }

  async removeRange(prefix: StorageKey): Promise<void> {
    const keys = await this.#keyList()
    for (const [id, key] of keys) if (hasPrefix(key, prefix)) keys.delete(id)
    await rm(this.#path(prefix), { recursive: true, force: true })
  }

  #path(key: StorageKey): string {
    return join(this.directory, ...key.map(encodeComponent))
  }

  #keyList(): Promise<Map<string, StorageKey>> {
    this.#keys ??= walk(this.directory).then((files) => {
      const keys = files
        .filter((file) => !file.endsWith('.tmp'))
        .map((file) => relative(this.directory, file).split(sep).map(decodeURIComponent))
        .sort((a, b) => keyString(a).localeCompare(keyString(b)))
      return new Map(keys.map((key) => [keyString(key), key]))
    })
    return this.#keys
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
