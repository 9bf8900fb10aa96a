// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { $getRoot, $setSelection } from 'lexical'
import { $blocksFromHtml, $blocksFromText, $pasteBlocks } from './paste'
import { $selectionAt } from './points'
import { typeAt } from './editing'
import { docSnapshot, editorSnapshot, emptyDoc, peerFrom } from './testkit'

const GOOGLE_DOCS = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234"><h1 dir="ltr" style="line-height:1.38;"><span style="font-size:20pt;font-weight:400;">Rent strike plan</span></h1><p dir="ltr"><span style="font-weight:700;">Landlord</span><span style="font-weight:400;"> refuses </span><span style="font-style:italic;">repairs</span><span> and </span><span style="text-decoration:underline;">heat</span><span style="text-decoration:line-through;">old</span></p><ul><li dir="ltr"><p><span>Door knock B</span></p></li><li><p><span>Call </span><a href="https://example.org/meeting"><span style="text-decoration:underline;">meeting</span></a></p><ul><li><p><span>nested</span></p></li></ul></li></ul><ol><li><p><span>First demand</span></p></li></ol><blockquote><p>We are not afraid</p></blockquote><table><tr><td>cell one</td><td>cell two</td></tr></table><custom-widget>unknown <x-y>tag</x-y></custom-widget></b>`

function pasteInto(html: string | null, text: string, prefix = ''): string {
  const p = peerFrom(emptyDoc('00'), 'aa')
  if (prefix) typeAt(p.editor, { block: 0, offset: 0 }, prefix)
  p.editor.update(
    () => {
      const first = $getRoot().getFirstChildOrThrow()
      if (!('getChildren' in first)) return
      const end = prefix.length
      $setSelection($selectionAt({ block: first as never, offset: end }, { block: first as never, offset: end }))
      $pasteBlocks(html ? $blocksFromHtml(p.editor, html) : $blocksFromText(text))
    },
    { discrete: true },
  )
  const snap = editorSnapshot(p.editor)
  expect(docSnapshot(p.source.doc())).toBe(snap)
  return snap
}

describe('paste', () => {
  it('keeps editor and document the same when the clipboard holds half an emoji', () => {
    // pasteInto checks that the editor and the document agree.
    expect(pasteInto('<p>a\ud83d</p><p>\ude00b \ud83d\ude00</p>', '')).toContain('a\ufffd')
    expect(pasteInto(null, 'x\udbff\nok \ud83d\ude00')).toContain('x\ufffd')
  })

  it('turns Google-Docs-like HTML into our blocks and marks, unknown tags into plain text', () => {
    const snap = pasteInto(GOOGLE_DOCS, '')
    expect(snap).toContain('heading|1||||:"Rent strike plan"⟦⟧')
    expect(snap).toContain('"Landlord"⟦strong=true;⟧" refuses "⟦⟧"repairs"⟦em=true;⟧" and "⟦⟧"heat"⟦underline=true;⟧"old"⟦strike=true;⟧')
    expect(snap).toContain('bullet||0|||:"Door knock B"⟦⟧')
    expect(snap).toMatch(/bullet\|\|0\|\|\|:"Call "⟦⟧"meeting"⟦underline=true;link=\{"href":"https:\/\/example.org\/meeting"/)
    expect(snap).toContain('bullet||1|||:"nested"⟦⟧')
    expect(snap).toContain('number||0|||:"First demand"⟦⟧')
    expect(snap).toContain('blockquote|||||:"We are not afraid"⟦⟧')
    expect(snap).toContain('cell one')
    expect(snap).toMatch(/unknown ?tag/)
  })

  it('plain text becomes paragraphs, pasted into the middle of existing text', () => {
    const snap = pasteInto(null, 'one\r\ntwo\nthree', 'start ')
    expect(snap.split('\n')).toEqual(['paragraph|||||:"start one"⟦⟧', 'paragraph|||||:"two"⟦⟧', 'paragraph|||||:"three"⟦⟧'])
  })

  it('never throws on odd HTML', () => {
    for (const html of ['', '<', '<p><b><i>unclosed', '<script>alert(1)</script>text', '<img src=x><svg><circle/></svg>', '<li>orphan item</li>'])
      expect(() => pasteInto(html || '<p></p>', '')).not.toThrow()
  })
})
