import { describe, expect, it } from 'vitest'
import type { NotebookRootDoc } from '../../shared/notebook/schema'
import { noteDocs } from './searchDocuments'

describe('search documents', () => {
  it('reads a note a peer wrote in the wrong shape as text the index can take', () => {
    const odd = { id: 'n1', createdAt: 5, updatedAt: 5, date: 'yesterday', body: 42, unit: ['3B'], quotes: { q1: { id: 'q1', text: 7, attribution: null }, junk: 'x' } }
    const docs = noteDocs(odd as never, {} as NotebookRootDoc)
    expect(docs.map((d) => [d.key, d.title, d.text, d.extra, d.date])).toEqual([
      ['note:n1', 'Conversation', '', '', 5],
      ['quote:q1', '', '', '', 5],
    ])
  })
})
