import { readdir, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { FileStorageAdapter } from '../storage/FileStorageAdapter'
import { EncryptedStorageAdapter } from './EncryptedStorageAdapter'
import { isSealed } from './seal'
import { SealedFiles } from './SealedFiles'

/**
 * Encrypts a notebook written before data at rest were sealed: every chunk of the store and
 * every side file (list and search indexes, sync secrets). Each file is replaced by its sealed
 * copy with an atomic rename, so a crash leaves every file whole, clear or sealed, and the next
 * open carries on. Files already sealed are checked to open with this key, so a resumed run
 * with another key stops (naming the file) before anything is written under it. Temp files
 * left by a crash while the notebook was in clear are removed: nothing reads them, and they
 * hold clear data.
 */
export async function sealInPlace(dir: string, key: Uint8Array): Promise<void> {
  for (const temp of await tempFiles(dir)) await unlink(temp)
  const plain = new FileStorageAdapter(join(dir, 'store'))
  const sealed = new EncryptedStorageAdapter(plain, key)
  for (const { key: storageKey, data } of await plain.loadRange([])) {
    if (!data) continue
    if (isSealed(data)) await sealed.load(storageKey)
    else await sealed.save(storageKey, data)
  }
  const files = new SealedFiles(key, dir)
  const indexFiles = (await readdir(join(dir, 'index')).catch(() => [] as string[])).filter((name) => !name.endsWith('.tmp')).map((name) => join(dir, 'index', name))
  for (const path of [...indexFiles, join(dir, 'sync.json')]) {
    const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw error
    })
    if (!bytes) continue
    if (isSealed(bytes)) await files.read(path)
    else await files.write(path, bytes)
  }
}

async function tempFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile() && e.name.endsWith('.tmp')).map((e) => join(e.parentPath, e.name))
}
