import * as A from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { NotebookRootDoc } from './schema'
import { ensureTerm, listTerms, mergeTerms, renameTerm, resolveTerm } from './terms'

const empty = () => A.from({ schemaVersion: 1, notebookId: 'n', createdAt: 0, shards: {}, leaflets: {}, settings: { defaultRegion: 'US' } }) as unknown as A.Doc<NotebookRootDoc>

describe('problem and target terms', () => {
  it('grows as people type, reusing a term whatever its case or spacing', () => {
    let ids: string[] = []
    const doc = A.change(empty(), (root) => {
      ids = [ensureTerm(root, 'problem', 'Mould'), ensureTerm(root, 'problem', '  mould '), ensureTerm(root, 'target', 'Mould')]
    })
    expect(ids[0]).toBe(ids[1])
    expect(ids[2]).not.toBe(ids[0])
    expect(listTerms(doc, 'problem').map((t) => t.name)).toEqual(['Mould'])
  })

  it('renames in place and resolves merged ids to the survivor', () => {
    let a = '', b = ''
    let doc = A.change(empty(), (root) => {
      a = ensureTerm(root, 'problem', 'no heat')
      b = ensureTerm(root, 'problem', 'heating broken')
    })
    doc = A.change(doc, (root) => {
      mergeTerms(root, a, [b])
      renameTerm(root, a, 'No heating')
    })
    expect(resolveTerm(doc, b)).toEqual({ id: a, kind: 'problem', name: 'No heating' })
    expect(listTerms(doc, 'problem')).toHaveLength(1)
  })

  it('keeps terms two devices add at the same time', () => {
    const base = empty()
    const left = A.change(A.clone(base), (root) => void ensureTerm(root, 'problem', 'rats'))
    const right = A.change(A.clone(base), (root) => void ensureTerm(root, 'problem', 'repairs'))
    expect(listTerms(A.merge(left, right), 'problem').map((t) => t.name)).toEqual(['rats', 'repairs'])
  })
})
