import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../fs/writeFileAtomic'
import { newStorageKey } from './seal'

/** Where notebooks' storage keys are kept: the OS keychain (desktop), a passphrase or a key file (host, CLI). */
export interface KeyVault {
  /** The notebook's storage key, or undefined when the vault holds none for it. */
  load(notebookId: string): Promise<Uint8Array | undefined>
  /** Keeps a new key; never replaces one already kept (that would make the notebook unreadable). */
  store(notebookId: string, key: Uint8Array): Promise<void>
}

/** How a key is protected in its file: `kind` is the file's suffix and names the protection in messages. */
export interface KeyWrapping {
  readonly kind: string
  wrap(key: Uint8Array, notebookId: string): Promise<Uint8Array>
  /** `file` names the key file in errors. */
  unwrap(wrapped: Uint8Array, notebookId: string, file: string): Promise<Uint8Array>
}

const NOTEBOOK_ID = /^[A-Za-z0-9_-]{1,64}$/

/** One file per notebook in a directory (mode 0700, files 0600), each key protected by `wrapping`. */
export class KeyFileVault implements KeyVault {
  constructor(
    readonly dir: string,
    readonly wrapping: KeyWrapping,
  ) {}

  async load(notebookId: string): Promise<Uint8Array | undefined> {
    const file = this.#file(notebookId)
    let wrapped: Buffer
    try {
      wrapped = await readFile(file)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      await this.#refuseOtherProtection(notebookId)
      return undefined
    }
    return this.wrapping.unwrap(wrapped, notebookId, file)
  }

  async store(notebookId: string, key: Uint8Array): Promise<void> {
    if (await this.load(notebookId)) throw new Error(`A storage key for notebook ${notebookId} is already kept in ${this.dir}`)
    await mkdir(this.dir, { recursive: true, mode: 0o700 })
    await writeFileAtomic(this.#file(notebookId), await this.wrapping.wrap(key, notebookId), 0o600)
  }

  #file(notebookId: string): string {
    if (!NOTEBOOK_ID.test(notebookId)) throw new Error(`Not a notebook id: ${JSON.stringify(notebookId)}`)
    return join(this.dir, `${notebookId}.${this.wrapping.kind}`)
  }

  /** A key kept another way (the desktop app's keychain, a passphrase) must not be shadowed by a new one. */
  async #refuseOtherProtection(notebookId: string): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[])
    const other = names.find((name) => name.startsWith(`${notebookId}.`) && !name.endsWith('.tmp'))
    if (other) {
      throw new Error(
        `The storage key of notebook ${notebookId} is ${join(this.dir, other)}, protected by "${other.slice(notebookId.length + 1)}", not "${this.wrapping.kind}": open it the way it was made (the desktop app for "keychain", MASSLINE_STORAGE_PASSPHRASE for "pass")`,
      )
    }
  }
}

/** The notebook's key, made and kept now if the vault has none (a new or joined notebook). */
export async function keyFor(vault: KeyVault, notebookId: string): Promise<Uint8Array> {
  const kept = await vault.load(notebookId)
  if (kept) return kept
  const key = newStorageKey()
  await vault.store(notebookId, key)
  return key
}
