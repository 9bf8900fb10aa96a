import { readdir, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { StorageKey } from '@automerge/automerge-repo'
import { FileStorageAdapter } from '../storage/FileStorageAdapter'
import { EncryptedStorageAdapter } from './EncryptedStorageAdapter'
import { isSealed } from './seal'
import { SealedFiles } from './SealedFiles'

/**
 * Encrypts a notebook written before data at rest were sealed: every chunk of the store and
 * every side file (list and search indexes, sync secrets). Each file is replaced by its sealed
 * copy with an atomic rename, so a crash leaves every file whole, clear or sealed, and the next
 * open carries on. Every file already sealed is checked to open with this key first, so a
 * resumed run with another key stops (naming the file) before anything is written under it.
 * Temp files left by a crash while the notebook was in clear are removed: nothing reads them,
 * and they hold clear data.
 */
export async function sealInPlace(dir: string, key: Uint8Array): Promise<void> {
  for (const temp of await tempFiles(dir)) await unlink(temp)
  const plain = new FileStorageAdapter(join(dir, 'store'))
  const sealed = new EncryptedStorageAdapter(plain, key)
  const files = new SealedFiles(key, dir)
  const chunks = (await plain.loadRange([])).filter((chunk): chunk is { key: StorageKey; data: Uint8Array } => chunk.data !== undefined)
  const sideFiles = await readSideFiles(dir)
  for (const { key: storageKey, data } of chunks) if (isSealed(data)) await sealed.load(storageKey)
  for (const { path, bytes } of sideFiles) if (isSealed(bytes)) await files.read(path)
  for (const { key: storageKey, data } of chunks) if (!isSealed(data)) await sealed.save(storageKey, data)
  for (const { path, bytes } of sideFiles) if (!isSealed(bytes)) await files.write(path, bytes)
}

/** Whether any file of the notebook is sealed already (a run that started, or a notebook sealed all along). */
export async function anySealed(dir: string): Promise<boolean> {
  const chunks = await new FileStorageAdapter(join(dir, 'store')).loadRange([])
  return chunks.some((chunk) => chunk.data && isSealed(chunk.data)) || (await readSideFiles(dir)).some(({ bytes }) => isSealed(bytes))
}

/** The list and search indexes and the sync secrets, as they are on disk. */
async function readSideFiles(dir: string): Promise<{ path: string; bytes: Uint8Array }[]> {
  const indexFiles = (await readdir(join(dir, 'index')).catch(() => [] as string[])).filter((name) => !name.endsWith('.tmp')).map((name) => join(dir, 'index', name))
  const found: { path: string; bytes: Uint8Array }[] = []
  for (const path of [...indexFiles, join(dir, 'sync.json')]) {
    const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw error
    })
    if (bytes) found.push({ path, bytes })
  }
  return found
}

async function tempFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile() && e.name.endsWith('.tmp')).map((e) => join(e.parentPath, e.name))
}
