import { describe, expect, it } from 'vitest'
import { decodeMeta, encodeMeta, metaOf } from './docMeta'
import { contactDocs, placeDocs } from './searchDocuments'
import { newContactDoc } from '../../shared/contacts/contact'
import { scalar } from '../../shared/notebook/scalar'

describe('saved document metadata', () => {
  it('reads back what it wrote, ids kept once, and refuses columns that do not line up', () => {
    const docs = [
      ...contactDocs(newContactDoc('k-1', { name: 'Ana Lima', phones: ['+16465550188'] }, 5)),
      ...placeDocs({ id: 'p-1', updatedAt: 7, name: scalar('Elm Towers') }),
    ]
    const entries = new Map(docs.map((d) => [d.key, metaOf(d)]))
    const saved = encodeMeta(entries)
    expect(saved.ids).toEqual(['p-1'])
    const back = decodeMeta(JSON.parse(JSON.stringify(saved)) as typeof saved)
    expect([...back.values()]).toEqual([...entries.values()]) // encoding folded the titles into the entries too
    expect(back.get('contact:k-1')).toMatchObject({ title: 'Ana Lima', phones: ['+16465550188'], folded: ' ana lima' })
    expect(() => decodeMeta({ ...saved, titles: [] })).toThrow(/do not line up/)
  })
})
