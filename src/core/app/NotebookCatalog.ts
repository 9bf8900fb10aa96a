import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { newId } from '../../shared/ids'
import type { KeyVault } from '../atRest/KeyVault'
import { Notebook } from '../notebook/Notebook'
import { nameOf, readNotebookMeta, type NotebookMeta } from '../notebook/notebookFiles'

export interface CatalogEntry extends NotebookMeta {
  name: string
  dir: string
}

export const DEFAULT_NOTEBOOK_NAME = 'My notebook'

/** The notebooks in a data directory: each is a folder under `<home>/notebooks`, its storage key in `keys`. */
export class NotebookCatalog {
  readonly notebooksDir: string

  constructor(
    readonly home: string,
    readonly keys: KeyVault,
  ) {
    this.notebooksDir = join(home, 'notebooks')
  }

  async list(): Promise<CatalogEntry[]> {
    let names: string[]
    try {
      names = await readdir(this.notebooksDir)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
    const entries = await Promise.all(
      names.map(async (name) => {
        const dir = join(this.notebooksDir, name)
        const meta = await readNotebookMeta(dir).catch(() => undefined)
        return meta ? { ...meta, name: await this.#name(meta, dir), dir } : undefined
      }),
    )
    return entries.filter((e): e is CatalogEntry => e !== undefined).sort((a, b) => a.createdAt - b.createdAt)
  }

  /** Names are sealed: a notebook whose key this device cannot unwrap is listed by id. */
  async #name(meta: NotebookMeta, dir: string): Promise<string> {
    if (meta.sealedName === undefined) return meta.name ?? ''
    try {
      const key = await this.keys.load(meta.id)
      if (key) return nameOf(meta.sealedName, key, dir)
    } catch (error) {
      console.error(`Could not read the name of notebook ${meta.id}: ${(error as Error).message}`)
    }
    return `Locked notebook ${meta.id}`
  }

  async find(notebookId: string): Promise<CatalogEntry> {
    const entry = (await this.list()).find((e) => e.id === notebookId)
    if (!entry) throw new Error(`No notebook with id ${notebookId}`)
    return entry
  }

  /** Creates a notebook and returns it open. */
  create(name: string): Promise<Notebook> {
    return Notebook.create(join(this.notebooksDir, newId()), name, this.keys)
  }

  /** On first start there is a local notebook with no set-up. */
  async ensureDefault(): Promise<void> {
    if ((await this.list()).length === 0) await (await this.create(DEFAULT_NOTEBOOK_NAME)).close()
  }
}
