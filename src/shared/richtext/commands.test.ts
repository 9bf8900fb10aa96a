import * as A from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import { $setSelection, $getRoot, $isElementNode } from 'lexical'
import { indentBlocks, insertGatheredQuote, insertHorizontalRule, setBlockType, toggleList } from './commands'
import { typeAt } from './editing'
import { $selectionAt } from './points'
import { Presence, type EphemeralChannel } from './presence'
import { docSnapshot, editorSnapshot, emptyDoc, peerFrom, type Peer } from './testkit'

function select(p: Peer, block: number, from: number, to = from): void {
  p.editor.update(
    () => {
      const node = $getRoot().getChildAtIndex(block)
      if ($isElementNode(node)) $setSelection($selectionAt({ block: node, offset: from }, { block: node, offset: to }))
    },
    { discrete: true },
  )
}

/** Two channels wired to each other, as two DocHandles of one document on two peers. */
function channels(): [EphemeralChannel, EphemeralChannel] {
  type L = (p: { senderId: string; message: unknown }) => void
  const make = (id: string, peers: Set<L>[], mine: Set<L>): EphemeralChannel => ({
    broadcast: (message) => peers.filter((s) => s !== mine).forEach((s) => s.forEach((l) => l({ senderId: id, message }))),
    on: (_e, l) => mine.add(l),
    off: (_e, l) => mine.delete(l),
  })
  const a = new Set<L>()
  const b = new Set<L>()
  return [make('a', [a, b], a), make('b', [a, b], b)]
}

describe('commands for notes and leaflets', () => {
  it('inserts a gathered quote that carries its note and quote ids, and exposes the selection as cursors', () => {
    const p = peerFrom(emptyDoc('00'), 'aa')
    typeAt(p.editor, { block: 0, offset: 0 }, 'Our demands')
    insertGatheredQuote(p.editor, { noteId: 'note-1', quoteId: 'q-9', text: 'The heat has been off for weeks' })
    expect(editorSnapshot(p.editor)).toBe('paragraph|||||:"Our demands"⟦⟧\ngathered-quote||||note-1|q-9:"The heat has been off for weeks"⟦⟧')
    expect(docSnapshot(p.source.doc())).toBe(editorSnapshot(p.editor))
    select(p, 1, 4, 8)
    const cursors = p.binding.selectionCursors()!
    const doc = p.source.doc()
    const text = A.spans(doc, ['body'])
    expect(text.length).toBeGreaterThan(0)
    const from = A.getCursorPosition(doc, ['body'], cursors.anchor)
    const to = A.getCursorPosition(doc, ['body'], cursors.focus)
    expect(doc.body.slice(from, to)).toBe('heat')
  })

  it('sets block types, lists with nesting and rules in place', () => {
    const p = peerFrom(emptyDoc('00'), 'aa')
    typeAt(p.editor, { block: 0, offset: 0 }, 'item')
    select(p, 0, 1)
    toggleList(p.editor, 'bullet')
    indentBlocks(p.editor, 1)
    p.editor.update(() => {}, { discrete: true })
    expect(editorSnapshot(p.editor)).toBe('bullet||1|||:"item"⟦⟧')
    setBlockType(p.editor, { kind: 'heading', level: 2 })
    insertHorizontalRule(p.editor)
    p.editor.update(() => {}, { discrete: true })
    expect(editorSnapshot(p.editor)).toBe('heading|2||||:"item"⟦⟧\nhr|||||:\nparagraph|||||:')
    expect(docSnapshot(p.source.doc())).toBe(editorSnapshot(p.editor))
  })
})

describe('presence', () => {
  it("shows a collaborator's selection and keeps it on the same characters when text is inserted before it", () => {
    const a = peerFrom(emptyDoc('00'), 'aa')
    typeAt(a.editor, { block: 0, offset: 0 }, 'tenants meet on friday')
    const b = peerFrom(a.source.doc(), 'bb')
    const [ca, cb] = channels()
    const pa = new Presence(a.binding, ca, { id: 'a', name: 'Ana', color: '#c00' })
    const pb = new Presence(b.binding, cb, { id: 'b', name: 'Ben', color: '#00c' })
    let notified = 0
    pb.subscribe(() => notified++)
    select(a, 0, 16, 22)
    expect(notified).toBeGreaterThan(0)
    const doc = () => b.source.doc().body
    const [caret] = pb.carets()
    expect(caret!.user.name).toBe('Ana')
    expect(doc().slice(caret!.anchor, caret!.focus)).toBe('friday')
    typeAt(b.editor, { block: 0, offset: 0 }, 'All ')
    const [moved] = pb.carets()
    expect(doc().slice(moved!.anchor, moved!.focus)).toBe('friday')
    pa.destroy()
    expect(pb.carets()).toHaveLength(0)
    pb.destroy()
  })
})
