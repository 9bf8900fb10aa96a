import { copyFile, mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { interpretAsDocumentId } from '@automerge/automerge-repo'
import { describe, expect, it } from 'vitest'
import { newContactDoc, type ContactDoc } from '../../shared/contacts/contact'
import { setContactScalar } from '../../shared/contacts/contactMutations'
import { newId } from '../../shared/ids'
import { shardUrl } from '../../shared/notebook/rootDoc'
import { SCHEMA_VERSION } from '../../shared/notebook/schema'
import { Notebook } from './Notebook'
import { notebookPaths } from './notebookFiles'
import { nodeKeyVault } from '../atRest/keyWrappings'

const keys = nodeKeyVault(await mkdtemp(join(tmpdir(), 'massline-keys-')), {})

const tempDir = () => mkdtemp(join(tmpdir(), 'massline-nb-'))
const contacts = (n: number) =>
  Array.from({ length: n }, (_, i) => newContactDoc(newId(), { name: `Tenant ${i}`, phones: [`+1555${i}`] }, 1000 + i))

describe('Notebook', () => {
  it('keeps its contacts across a close and reopen', async () => {
    const dir = await tempDir()
    const nb = await Notebook.create(dir, 'Rent strike', keys)
    await nb.putRecords('contacts', contacts(300))
    await nb.close()
    const again = await Notebook.open(dir, keys)
    expect(again.name).toBe('Rent strike')
    const rows = await again.rows('contacts')
    expect(rows).toHaveLength(300)
    expect(rows.map((r) => r.name)).toContain('Tenant 299')
    await again.close()
  })

  it('indexes conversation notes: rows with a plain-text preview, kept after reopening', async () => {
    const dir = await tempDir()
    const nb = await Notebook.create(dir, 'Notes', keys)
    const note = { id: newId(), createdAt: 1, updatedAt: 1, date: 5, body: '\uFFFCNo heat since October\uFFFCThe landlord ignores calls' }
    await nb.putRecords('notes', [note as never])
    expect((await nb.rows('notes'))[0]).toMatchObject({ id: note.id, date: 5, preview: 'No heat since October\nThe landlord ignores calls', quotes: [] })
    await nb.close()
    const again = await Notebook.open(dir, keys)
    expect((await again.rows('notes')).map((r) => r.id)).toEqual([note.id])
    await again.close()
  })

  it('reads the note index only when notes are asked for, and never overwrites it unread', async () => {
    const dir = await tempDir()
    const nb = await Notebook.create(dir, 'Lazy', keys)
    const note = { id: newId(), createdAt: 1, updatedAt: 1, body: '\uFFFCRats in the basement' }
    await nb.putRecords('notes', [note as never])
    await nb.close()
    const contactsOnly = await Notebook.open(dir, keys)
    await contactsOnly.rows('contacts')
    await contactsOnly.close()
    const again = await Notebook.open(dir, keys)
    expect((await again.rows('notes')).map((r) => r.preview)).toEqual(['Rats in the basement'])
    await again.close()
  })

  it('serves the list from its index before any shard is loaded, then corrects a stale index', async () => {
    const dir = await tempDir()
    const nb = await Notebook.create(dir, 'Index', keys)
    const [first, ...rest] = contacts(50)
    await nb.putRecords('contacts', [first!, ...rest])
    await nb.close()
    await copyFile(notebookPaths(dir).index('contacts'), join(dir, 'stale.json'))

    const editor = await Notebook.open(dir, keys)
    const shard = await editor.shardOf<ContactDoc>('contacts', first!.id)
    shard.change((doc) => setContactScalar(doc, first!.id, 'name', 'Renamed elsewhere', 2000))
    await editor.close()
    await copyFile(join(dir, 'stale.json'), notebookPaths(dir).index('contacts'))

    const reopened = await Notebook.open(dir, keys)
    expect((await reopened.rows('contacts')).find((r) => r.id === first!.id)?.name).toBe('Tenant 0')
    const changed = new Promise((resolve) => reopened.contacts.once('changed', resolve))
    await reopened.loadAll('contacts')
    await changed
    expect(reopened.contacts.rows().find((r) => r.id === first!.id)?.name).toBe('Renamed elsewhere')
    await reopened.close()
  })

  it('stores a bulk write as compact snapshots, not slow incremental chunks', async () => {
    const dir = await tempDir()
    const nb = await Notebook.create(dir, 'Bulk', keys)
    await nb.putRecords('contacts', contacts(2000))
    await nb.close()
    const store = notebookPaths(dir).store
    const kinds = new Set<string>()
    for (const entry of await readdir(store, { withFileTypes: true })) {
      if (entry.isDirectory()) for (const kind of await readdir(join(store, entry.name))) kinds.add(kind)
    }
    expect([...kinds]).toEqual(['snapshot'])
  })

  it('counts only its own documents as members, never another notebook’s', async () => {
    const a = await Notebook.create(await tempDir(), 'A', keys)
    const b = await Notebook.create(await tempDir(), 'B', keys)
    expect(a.belongs(interpretAsDocumentId(a.root.url))).toBe(true)
    expect(a.belongs(interpretAsDocumentId(shardUrl(a.root.doc(), 'notes', 3)!))).toBe(true)
    expect(a.belongs(interpretAsDocumentId(b.root.url))).toBe(false)
    expect(a.belongs(interpretAsDocumentId(shardUrl(b.root.doc(), 'contacts', 0)!))).toBe(false)
    await Promise.all([a.close(), b.close()])
  })

  it('migrates a root document written before schema versions when it opens', async () => {
    const dir = await tempDir()
    const nb = await Notebook.create(dir, 'Old', keys)
    nb.root.change((doc) => {
      const old = doc as unknown as Record<string, unknown>
      delete old.schemaVersion
      delete old.leaflets
    })
    await nb.close()
    const reopened = await Notebook.open(dir, keys)
    expect(reopened.root.doc()).toMatchObject({ schemaVersion: SCHEMA_VERSION, leaflets: {} })
    await reopened.close()
  })

  it('refuses to open a notebook written by a newer version, and leaves it as it was', async () => {
    const dir = await tempDir()
    const nb = await Notebook.create(dir, 'Future', keys)
    nb.root.change((doc) => (doc.schemaVersion = SCHEMA_VERSION + 1))
    await nb.close()
    await expect(Notebook.open(dir, keys)).rejects.toThrow(/newer Massline/)
  })

  it('gives up on an edit that never reaches it, instead of leaving the UI saving forever', async () => {
    const nb = await Notebook.create(await tempDir(), 'Waiting', keys)
    const shard = await nb.shard('contacts', 0)
    const unknownHead = 'ab'.repeat(32)
    const started = Date.now()
    await expect(nb.persist(shard.documentId, [unknownHead], 300)).rejects.toThrow(/Timed out/)
    expect(Date.now() - started).toBeLessThan(5_000)
    await nb.close()
  })

  it('refuses to open a folder that is not a notebook', async () => {
    await expect(Notebook.open(await tempDir(), keys)).rejects.toThrow(/not a Massline notebook/)
  })

  it('rejects an empty name on rename and keeps the old one', async () => {
    const nb = await Notebook.create(await tempDir(), 'Keep', keys)
    await expect(nb.rename('   ')).rejects.toThrow(/needs a name/)
    expect(nb.name).toBe('Keep')
    await nb.close()
  })
})
