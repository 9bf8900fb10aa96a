import { randomBytes } from 'node:crypto'
import { link, mkdir, readdir, readFile, rm } from 'node:fs/promises'
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
    /** Weaker wrappings whose keys this vault takes over (re-wrapped, the old file removed) when it finds them. */
    readonly upgradesFrom: readonly KeyWrapping[] = [],
  ) {}

  async load(notebookId: string): Promise<Uint8Array | undefined> {
    const file = this.#file(notebookId)
    const wrapped = await readIfThere(file)
    if (wrapped) return this.wrapping.unwrap(wrapped, notebookId, file)
    for (const older of this.upgradesFrom) {
      const olderFile = this.#file(notebookId, older)
      const olderWrapped = await readIfThere(olderFile)
      if (!olderWrapped) continue
      const key = await older.unwrap(olderWrapped, notebookId, olderFile)
      await this.#keep(notebookId, key)
      await rm(olderFile)
      return key
    }
    await this.#refuseOtherProtection(notebookId)
    return undefined
  }

  async store(notebookId: string, key: Uint8Array): Promise<void> {
    if (await this.load(notebookId)) throw new KeyAlreadyKept(notebookId, this.dir)
    await this.#keep(notebookId, key)
  }

  /** Writes the key file, never over another (two processes making a key at once: one wins, the other is told). */
  async #keep(notebookId: string, key: Uint8Array): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 })
    const file = this.#file(notebookId)
    const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`
    await writeFileAtomic(temp, await this.wrapping.wrap(key, notebookId), 0o600)
    try {
      await link(temp, file)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new KeyAlreadyKept(notebookId, this.dir)
      throw error
    } finally {
      await rm(temp, { force: true })
    }
  }

  #file(notebookId: string, wrapping: KeyWrapping = this.wrapping): string {
    if (!NOTEBOOK_ID.test(notebookId)) throw new Error(`Not a notebook id: ${JSON.stringify(notebookId)}`)
    return join(this.dir, `${notebookId}.${wrapping.kind}`)
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

/** Thrown by `store` when the vault already keeps a key for the notebook. */
export class KeyAlreadyKept extends Error {
  constructor(notebookId: string, dir: string) {
    super(`A storage key for notebook ${notebookId} is already kept in ${dir}`)
  }
}

/** The notebook's key, made and kept now if the vault has none (a new or joined notebook). */
export async function keyFor(vault: KeyVault, notebookId: string): Promise<Uint8Array> {
  const kept = await vault.load(notebookId)
  if (kept) return kept
  const key = newStorageKey()
  try {
    await vault.store(notebookId, key)
  } catch (error) {
    // Another process kept one first: that is the notebook's key.
    const theirs = error instanceof KeyAlreadyKept ? await vault.load(notebookId) : undefined
    if (!theirs) throw error
    return theirs
  }
  return key
}

async function readIfThere(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}
