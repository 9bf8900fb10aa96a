import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { newContactDoc, type ContactDoc } from '../../shared/contacts/contact'
import { NotebookCatalog } from '../app/NotebookCatalog'
import { nodeKeyVault } from '../atRest/keyWrappings'
import { isSealed, newStorageKey, unseal } from '../atRest/seal'
import { SealedFiles } from '../atRest/SealedFiles'
import { NotebookSearch } from '../search/NotebookSearch'
import { FileStorageAdapter } from '../storage/FileStorageAdapter'
import { NotebookSync } from '../sync/NotebookSync'
import { Notebook } from './Notebook'
import { notebookPaths, readNotebookMeta, writeNotebookMeta } from './notebookFiles'

const NAME = 'Zebulon Quixotebaum'
const PHONE = '+12125550199'

/** A notebook with one distinctive contact, its list and search indexes and sync identity written. */
async function written(): Promise<{ home: string; dir: string; id: string }> {
  const home = await mkdtemp(join(tmpdir(), 'massline-at-rest-'))
  const nb = await new NotebookCatalog(home, nodeKeyVault(home, {})).create('Elm Street Tenants')
  await nb.putRecords<ContactDoc>('contacts', [newContactDoc('c1', { name: NAME, phones: [PHONE], notes: 'Lives in 4B' }, Date.now())])
  await (await NotebookSync.open(nb)).disable()
  const search = await NotebookSearch.open(nb)
  await search.loadAll()
  await search.close()
  await nb.close()
  return { home, dir: nb.dir, id: nb.id }
}

async function filesUnder(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true })
  return names.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort()
}

async function fingerprint(dir: string): Promise<Record<string, string>> {
  const files = await filesUnder(dir)
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f, createHash('sha256').update(await readFile(f)).digest('hex')])))
}

async function leaks(home: string): Promise<string[]> {
  const found: string[] = []
  for (const file of await filesUnder(home)) {
    const text = (await readFile(file)).toString('latin1').toLowerCase()
    for (const secret of ['zebulon', 'quixotebaum', '5550199', 'lives in 4b', 'elm street']) if (text.includes(secret)) found.push(`${file}: ${secret}`)
  }
  return found
}

/** Turns a notebook back into the layout written before sealing: every file in clear, no marker, no key. */
async function unsealed(home: string, dir: string, id: string): Promise<void> {
  const key = (await nodeKeyVault(home, {}).load(id))!
  const store = new FileStorageAdapter(notebookPaths(dir).store)
  for (const { key: storageKey, data } of await store.loadRange([])) {
    await store.save(storageKey, unseal(key, data!, `storage:${JSON.stringify(storageKey)}`))
  }
  const files = new SealedFiles(key, dir)
  for (const file of [...(await filesUnder(join(dir, 'index'))), join(dir, 'sync.json')]) await writeFile(file, (await files.read(file))!)
  const { sealed: _sealed, sealedName: _name, ...meta } = (await readNotebookMeta(dir))!
  await writeNotebookMeta(dir, { ...meta, name: 'Elm Street Tenants' })
  await rm(join(home, 'keys'), { recursive: true })
}

describe('notebook data at rest', () => {
  it('keeps no name, phone or note text in clear anywhere in the data directory', async () => {
    const { home, dir } = await written()
    expect(await readFile(join(dir, 'sync.json'), 'latin1')).not.toContain('secret')
    expect(await leaks(home)).toEqual([])
  })

  it('refuses a wrong key naming the file, and changes nothing', async () => {
    const { home, dir, id } = await written()
    await writeFile(join(home, 'keys', `${id}.key`), newStorageKey())
    const before = await fingerprint(home)
    await expect(Notebook.open(dir, nodeKeyVault(home, {}))).rejects.toThrow(/store\/.+ was sealed with another storage key/)
    expect(await fingerprint(home)).toEqual(before)
  })

  it('refuses a notebook whose root cannot be read, naming its chunk, which is kept in quarantine', async () => {
    const { home, dir } = await written()
    const rootId = (await readNotebookMeta(dir))!.rootUrl.replace('automerge:', '')
    const [chunk] = (await filesUnder(join(dir, 'store', rootId)))
    const bytes = await readFile(chunk!)
    bytes[bytes.length - 1]! ^= 1
    await writeFile(chunk!, bytes)
    await expect(Notebook.open(dir, nodeKeyVault(home, {}))).rejects.toThrow(new RegExp(`root document .* cannot be read: store/${rootId}/.+ was damaged and moved to .*quarantine`))
    const kept = (await filesUnder(join(dir, 'quarantine'))).filter((f) => f.endsWith('.chunk'))
    expect(await Promise.all(kept.map((f) => readFile(f)))).toEqual([bytes])
  })

  it('refuses to open a sealed notebook whose key is missing, and lists it by id', async () => {
    const { home, dir, id } = await written()
    await rm(join(home, 'keys'), { recursive: true })
    await expect(Notebook.open(dir, nodeKeyVault(home, {}))).rejects.toThrow(/No storage key for notebook /)
    expect((await new NotebookCatalog(home, nodeKeyVault(home, {})).list()).map((e) => e.name)).toEqual([`Locked notebook ${id}`])
  })

  it('seals a notebook written in clear on first open, keeping every record', async () => {
    const { home, dir, id } = await written()
    await unsealed(home, dir, id)
    // A torn save from the days in clear.
    await writeFile(join(dir, 'index', `contacts.json.0a1b2c.tmp`), `{"rows":[{"name":"${NAME}"`)
    expect((await leaks(home)).length).toBeGreaterThan(0)
    const nb = await Notebook.open(dir, nodeKeyVault(home, {}))
    expect((await nb.rows('contacts')).map((r) => r.name)).toEqual([NAME])
    expect((await nb.shardOf<ContactDoc>('contacts', 'c1')).doc().records.c1?.phones?.map(String)).toEqual([PHONE])
    await nb.close()
    expect(await leaks(home)).toEqual([])
    expect((await new NotebookCatalog(home, nodeKeyVault(home, {})).list()).map((e) => e.name)).toEqual(['Elm Street Tenants'])
    expect((await readNotebookMeta(dir))?.sealed).toBe(true)
    for (const file of await filesUnder(join(dir, 'store'))) expect(isSealed(await readFile(file))).toBe(true)
  })

  it('resumes a migration interrupted half-way', async () => {
    const { home, dir, id } = await written()
    await unsealed(home, dir, id)
    // A crash after the key was kept and the side files were sealed, before the store was.
    const keys = nodeKeyVault(home, {})
    const key = newStorageKey()
    await keys.store(id, key)
    const files = new SealedFiles(key, dir)
    await files.write(notebookPaths(dir).sealing, id)
    for (const file of await filesUnder(join(dir, 'index'))) await files.write(file, await readFile(file))
    const nb = await Notebook.open(dir, keys)
    expect((await nb.rows('contacts')).map((r) => r.name)).toEqual([NAME])
    await nb.close()
    expect(await leaks(home)).toEqual([])
  })

  it('refuses files in clear once sealed, even when notebook.json has lost its sealed mark', async () => {
    const { home, dir } = await written()
    // Someone with the disk but not the key: unmark the notebook and plant sync secrets of their own.
    const { sealed: _sealed, ...meta } = (await readNotebookMeta(dir))!
    await writeNotebookMeta(dir, meta)
    await writeFile(join(dir, 'sync.json'), JSON.stringify({ secret: 'theirs' }))
    const before = await fingerprint(home)
    await expect(Notebook.open(dir, nodeKeyVault(home, {}))).rejects.toThrow(/refusing to take in files in clear/)
    expect(await fingerprint(home)).toEqual(before)
  })
})
