import { describe, expect, it } from 'vitest'
import { $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical'
import * as A from '@automerge/automerge'
import { docSnapshot, editorSnapshot, emptyDoc, peerFrom } from './testkit'
import { $isBlockNode } from './BlockNode'

const edit = (e: LexicalEditor, fn: () => void) => e.update(fn, { discrete: true })

describe('smoke', () => {
  it('types, splits, joins', () => {
    const p = peerFrom(emptyDoc('aa'), 'a1')
    edit(p.editor, () => {
      $getRoot().getFirstChildOrThrow().selectEnd()
      const s = $getSelection()!
      if ($isRangeSelection(s)) {
        s.insertText('hello world')
      }
    })
    console.log(JSON.stringify(A.spans(p.source.doc(), ['body'])))
    edit(p.editor, () => {
      const b = $getRoot().getFirstChildOrThrow()
      if (!$isBlockNode(b)) throw new Error()
      b.select(5, 5)
      const s = $getSelection()
      if ($isRangeSelection(s)) s.insertParagraph()
    })
    console.log(editorSnapshot(p.editor))
    expect(docSnapshot(p.source.doc())).toBe(editorSnapshot(p.editor))
    const q = peerFrom(p.source.doc(), 'b1')
    expect(editorSnapshot(q.editor)).toBe(editorSnapshot(p.editor))
    edit(p.editor, () => {
      const s = $getSelection()
      if ($isRangeSelection(s)) { s.deleteCharacter(true) }
    })
    console.log(editorSnapshot(p.editor), JSON.stringify(A.spans(p.source.doc(), ['body'])))
    expect(docSnapshot(p.source.doc())).toBe(editorSnapshot(p.editor))
    q.source.merge(p.source.doc())
    expect(editorSnapshot(q.editor)).toBe(editorSnapshot(p.editor))
  })
})
