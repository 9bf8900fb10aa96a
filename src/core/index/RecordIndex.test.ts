import { from, type Doc } from '@automerge/automerge'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { newContactDoc, type ContactDoc } from '../../shared/contacts/contact'
import { contactRow, type ContactRow } from '../../shared/contacts/contactRow'
import type { ShardDoc } from '../../shared/notebook/schema'
import { RecordIndex } from './RecordIndex'

const shard = (doc: ContactDoc): Doc<ShardDoc<ContactDoc>> =>
  from<Record<string, unknown>>({ schemaVersion: 1, kind: 'contacts', shard: 0, records: { [doc.id]: doc } }) as unknown as Doc<ShardDoc<ContactDoc>>

describe('RecordIndex', () => {
  afterEach(() => vi.restoreAllMocks())

  it('reports a failed save instead of crashing, and keeps serving rows', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    // A path under /dev/null can never be written.
    const index = RecordIndex.open<ContactDoc, ContactRow>('/dev/null/contacts.json', 'contacts', 1, contactRow, () => 0)
    expect(await index.load()).toBe(false)
    index.reconcileShard(0, shard(newContactDoc('c1', { name: 'Rosa' }, 1)))
    await new Promise((resolve) => setTimeout(resolve, 800))
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/Could not save the contacts list index/))
    expect(index.rows().map((r) => r.name)).toEqual(['Rosa'])
    await expect(index.save()).rejects.toThrow()
  })
})
