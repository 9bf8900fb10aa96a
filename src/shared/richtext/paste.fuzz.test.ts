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

/** Pastes HTML after "Rosa said: " in a bound editor; returns the snapshot of editor and document. */
function paste(markup: string): string {
  const peer = peerFrom(emptyDoc('00'), 'aa')
  typeAt(peer.editor, { block: 0, offset: 0 }, 'Rosa said: ')
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
    paste('<p>warm up</p>') // the first editor loads Lexical's and Automerge's code paths
    // Each run builds a bound editor on a new document: a larger fixed allowance, the same per KiB.
    await fuzz(fc.oneof(html, anyString()), (markup) => void expect(paste(markup)).toContain('Rosa said: '), { timeBound: { baseMs: 1000, msPerKiB: 100 } })
  }, fuzzTimeout(150))
})
