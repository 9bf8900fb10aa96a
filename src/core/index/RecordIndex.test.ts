import { from, type Doc } from '@automerge/automerge'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { newContactDoc, type ContactDoc } from '../../shared/contacts/contact'
import { contactRow, type ContactRow } from '../../shared/contacts/contactRow'
import type { NoteDoc } from '../../shared/notes/note'
import { noteRow, type NoteRow } from '../../shared/notes/noteRow'
import type { ShardDoc } from '../../shared/notebook/schema'
import { newStorageKey } from '../atRest/seal'
import { SealedFiles } from '../atRest/SealedFiles'
import { byName } from '../../shared/contacts/contactQuery'
import { RecordIndex } from './RecordIndex'

const files = new SealedFiles(newStorageKey(), '/dev/null')

const shard = (doc: ContactDoc): Doc<ShardDoc<ContactDoc>> =>
  from<Record<string, unknown>>({ schemaVersion: 1, kind: 'contacts', shard: 0, records: { [doc.id]: doc } }) as unknown as Doc<ShardDoc<ContactDoc>>

describe('RecordIndex', () => {
  afterEach(() => vi.restoreAllMocks())

  it('reports a failed save instead of crashing, and keeps serving rows', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    // A path under /dev/null can never be written.
    const index = RecordIndex.open<ContactDoc, ContactRow>('/dev/null/contacts.json', files, 'contacts', 1, contactRow, () => 0)
    expect(await index.load()).toBe(false)
    index.reconcileShard(0, shard(newContactDoc('c1', { name: 'Rosa' }, 1)))
    await new Promise((resolve) => setTimeout(resolve, 800))
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/Could not save the contacts list index/))
    expect(index.rows().map((r) => r.name)).toEqual(['Rosa'])
    await expect(index.save()).rejects.toThrow()
  })

  it('writes its rows in the order lists open in, so a reopened list starts sorted', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'massline-index-')), 'contacts.json')
    const open = () => RecordIndex.open<ContactDoc, ContactRow>(file, files, 'contacts', 1, contactRow, () => 0, byName)
    const index = open()
    await index.load()
    const names = ['Zoë Park', 'ángel Ruiz', 'Bob 10', 'Bob 9', 'Amara Obi']
    const records = Object.fromEntries(names.map((name, i) => [`c${i}`, newContactDoc(`c${i}`, { name }, 1)]))
    index.reconcileShard(0, from<Record<string, unknown>>({ schemaVersion: 1, kind: 'contacts', shard: 0, records }) as unknown as Doc<ShardDoc<ContactDoc>>)
    await index.save()
    const reopened = open()
    expect(await reopened.load()).toBe(true)
    expect(reopened.rows().map((r) => r.name)).toEqual(['Amara Obi', 'ángel Ruiz', 'Bob 9', 'Bob 10', 'Zoë Park'])
  })

  it('reads a record a peer wrote in the wrong shape as empty fields, and leaves out one it cannot read at all', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const index = RecordIndex.open<NoteDoc, NoteRow>('/dev/null/notes.json', files, 'notes', 1, noteRow, () => 0)
    const records = {
      odd: { id: 'odd', createdAt: 1, updatedAt: 1, contactIds: 'not a list', placeId: 42, quotes: 'none', body: '\uFFFCNo heat' },
      broken: 'not a record',
    }
    const doc = from<Record<string, unknown>>({ schemaVersion: 1, kind: 'notes', shard: 0, records }) as unknown as Doc<ShardDoc<NoteDoc>>
    expect(() => index.reconcileShard(0, doc)).not.toThrow()
    expect(index.rows()).toEqual([expect.objectContaining({ id: 'odd', contactIds: [], placeId: '', preview: 'No heat', quotes: [] })])
  })
})
