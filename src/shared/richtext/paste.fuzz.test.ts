// @vitest-environment happy-dom
import fc from 'fast-check'
import { $getRoot, $setSelection } from 'lexical'
import { describe, expect, it } from 'vitest'
import { anyString, fuzz, fuzzTimeout } from '../../../test/support/fuzz'
import { typeAt } from './editing'
import { $blocksFromHtml, $pasteBlocks } from './paste'
import { $selectionAt } from './points'
import { docSnapshot, editorSnapshot, emptyDoc, peerFrom } from './testkit'

const TAGS = ['p', 'b', 'i', 'u', 's', 'a', 'span', 'div', 'h1', 'h3', 'h7', 'ul', 'ol', 'li', 'blockquote', 'table', 'tr', 'td', 'br', 'code', 'pre', 'img', 'script', 'style', 'svg', 'math', 'template', 'custom-widget', 'mark', 'sub', 'meta', 'x']
const ATTRS = ['style="font-weight:700"', 'style="font-style:italic;text-decoration:underline line-through"', 'href="javascript:alert(1)"', 'href="https://example.org"', 'dir="rtl"', 'value="-1"', 'start="99999999999"', 'colspan="0"', 'onerror="x()"', 'contenteditable']
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('&amp;', '&#0;', '&#x1F600;', '&nbsp;', '\u200b', '\ud83d', '<!-- c -->', '<![CDATA[x]]>', '<', '>', '"'))
const { html } = fc.letrec<{ html: string; node: string }>((tie) => ({
  html: fc.array(tie('node'), { maxLength: 6 }).map((nodes) => nodes.join('')),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom(...TAGS), fc.array(fc.constantFrom(...ATTRS), { maxLength: 2 }), tie('html'), fc.boolean()).map(([tag, attrs, inner, close]) => `<${[tag, ...attrs].join(' ')}>${inner}${close ? `</${tag}>` : ''}`),
  ),
}))

/** An editor bound to a new document holding "Rosa said: ", made while generating (outside the timed paste). */
function newPeer() {
  const peer = peerFrom(emptyDoc('00'), 'aa')
  typeAt(peer.editor, { block: 0, offset: 0 }, 'Rosa said: ')
  return peer
}

/** Pastes HTML after "Rosa said: "; returns the snapshot the editor and the document agree on. */
function paste({ markup, peer }: { markup: string; peer: ReturnType<typeof newPeer> }): string {
  peer.editor.update(
    () => {
      const first = $getRoot().getFirstChildOrThrow()
      $setSelection($selectionAt({ block: first as never, offset: 11 }, { block: first as never, offset: 11 }))
      $pasteBlocks($blocksFromHtml(peer.editor, markup))
    },
    { discrete: true },
  )
  const snapshot = editorSnapshot(peer.editor)
  expect(docSnapshot(peer.source.doc())).toBe(snapshot)
  return snapshot
}

describe('pasted HTML fuzzing', () => {
  it('turns any HTML into blocks the document and editor agree on, keeping the text before it', async () => {
    paste({ markup: '<p>warm up</p>', peer: newPeer() }) // the first paste loads Lexical's and Automerge's code paths
    const input = fc.oneof(html, anyString()).map((markup) => ({ markup, peer: newPeer(), toString: () => JSON.stringify(markup) }))
    // Timed: parsing the HTML (happy-dom), Lexical's conversion, and the binding's write to a new
    // Automerge document: 75-200 ms for 350 bytes here under load, with collection pauses on top.
    await fuzz(input, (pasted) => void expect(paste(pasted)).toContain('Rosa said: '), { sizeOf: ({ markup }) => markup.length, timeBound: { baseMs: 1000, msPerKiB: 50 } })
  }, fuzzTimeout(150))
})
