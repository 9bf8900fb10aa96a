import * as A from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import { chunkText } from './chunkText'

describe('chunkText', () => {
  it('reads a name typed a letter at a time and deleted since, in a snapshot and in a change, without loading the document', () => {
    let doc = A.from<{ records: Record<string, { name: A.ImmutableString; body: string }> }>({ records: { a: { name: new A.ImmutableString('Maria Quintanilla'), body: '' } } })
    for (const [i, letter] of [...'Talked to Rosa Flores'].entries()) doc = A.change(doc, (d) => A.splice(d, ['records', 'a', 'body'], i, 0, letter))
    doc = A.change(doc, (d) => {
      d.records.a!.name = new A.ImmutableString('M.')
      A.splice(d, ['records', 'a', 'body'], 10, 11, 'her')
    })
    // Long enough for Automerge to deflate the columns.
    doc = A.change(doc, (d) => A.splice(d, ['records', 'a', 'body'], 0, 0, 'x'.repeat(5000)))
    const snapshot = chunkText(A.save(doc))
    expect(snapshot).toContain('Maria Quintanilla')
    expect(snapshot).toContain('Rosa Flores')
    const changes = A.getAllChanges(doc).map(chunkText).join('')
    expect(changes).toContain('Maria Quintanilla')
    expect(changes).toContain('xxxx')
  })
})
