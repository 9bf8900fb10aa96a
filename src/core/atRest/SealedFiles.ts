import { readFile } from 'node:fs/promises'
import { relative, sep } from 'node:path'
import { writeFileAtomic } from '../fs/writeFileAtomic'
import { seal, unseal } from './seal'

/**
 * Reads and writes a notebook's side files (list index, search index, sync secrets) sealed
 * with its storage key. Each file is bound to its path inside the notebook directory, so a
 * sealed file copied over another one does not open.
 */
export class SealedFiles {
  constructor(
    readonly key: Uint8Array,
    readonly root: string,
    /** Opened by a read-only command: writes are skipped (the index and search files are caches). */
    readonly readOnly = false,
  ) {}

  labelOf(path: string): string {
    return relative(this.root, path).split(sep).join('/')
  }

  /** The file's bytes, or undefined when it does not exist; throws (naming it) when it will not open. */
  async read(path: string): Promise<Uint8Array | undefined> {
    let bytes: Buffer
    try {
      bytes = await readFile(path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
    return unseal(this.key, bytes, this.labelOf(path), path)
  }

  async readText(path: string): Promise<string | undefined> {
    const bytes = await this.read(path)
    // A view, not a copy: the search index's full text is megabytes.
    return bytes && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
  }

  async write(path: string, data: Uint8Array | string): Promise<void> {
    if (this.readOnly) return
    return writeFileAtomic(path, seal(this.key, typeof data === 'string' ? Buffer.from(data) : data, this.labelOf(path)))
  }
}
