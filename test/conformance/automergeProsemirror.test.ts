import * as A from '@automerge/automerge'
import { basicSchemaAdapter, pmDocFromSpans, pmNodeToSpans } from '@automerge/prosemirror'
import type { Node as PmNode } from 'prosemirror-model'
import { describe, expect, it } from 'vitest'
import { enterAt, formatRange, linkRange, setBlockSpec, typeAt } from '../../src/shared/richtext/editing'
import type { BlockSpec } from '../../src/shared/richtext/schema'
import { docSnapshot, editorSnapshot, emptyDoc, PATH, peerFrom, type Peer } from '../../src/shared/richtext/testkit'

/**
 * Two-way conformance with @automerge/prosemirror 0.2.0 and its basic schema:
 * what our editor writes reads as the same structure there, what a
 * ProseMirror user writes reads the same here, and anything one side does not
 * know is kept (and shown as text) instead of dropped.
 */
const adapter = basicSchemaAdapter
const s = adapter.schema
type Doc = A.Doc<{ body: string }>

/** A ProseMirror document as a compact string: node names (heading level, unknown types), texts with marks. */
function shape(node: PmNode): string {
  if (node.isText) {
    const marks = node.marks.map((m) =>
      m.type.name === 'link'
        ? `link(${String(m.attrs.href)}|${String(m.attrs.title)})`
        : m.type.name === 'unknownMark'
          ? Object.keys(m.attrs.unknownMarks as object).sort().join('+')
          : m.type.name,
    )
    return marks.length ? `${marks.join('+')}:${JSON.stringify(node.text)}` : JSON.stringify(node.text)
  }
  let name = node.type.name
  if (name === 'heading') name += String(node.attrs.level)
  const unknown = (node.attrs.unknownBlock as { type?: string } | null)?.type ?? (node.attrs.unknownParentBlock as string | null)
  if (unknown) name += `<${unknown}>`
  if (node.attrs.unknownAttrs) name += JSON.stringify(node.attrs.unknownAttrs)
  const kids: string[] = []
  node.forEach((c) => void kids.push(shape(c)))
  return kids.length ? `${name}(${kids.join(', ')})` : name
}

const theirDoc = (doc: Doc): PmNode => pmDocFromSpans(adapter, A.spans(doc, PATH))
const theirView = (doc: Doc): string => shape(theirDoc(doc))

/** Spans as plain data (ImmutableStrings unwrapped, null marks dropped), to compare what two writers stored. */
function plainSpans(spans: readonly A.Span[]): unknown {
  const plain = (v: unknown): unknown =>
    A.isImmutableString(v)
      ? v.val
      : Array.isArray(v)
        ? v.map(plain)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null && x !== undefined).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, plain(x)]))
          : v
  const out: unknown[] = []
  for (const span of spans) {
    const last = out[out.length - 1] as { type: string; value: string; marks?: unknown } | undefined
    const value = plain(span.value)
    const marks = span.type === 'text' ? plain(span.marks ?? {}) : undefined
    if (span.type === 'text' && last?.type === 'text' && JSON.stringify(last.marks) === JSON.stringify(marks)) last.value += value as string
    else out.push(span.type === 'text' ? { type: 'text', value, marks } : { type: 'block', value: { isEmbed: false, ...(value as object) } })
  }
  return out
}

/** Our editor writes the blocks: types each block's text, presses Enter between them, then sets each block's type. */
function writeOurs(blocks: Array<[BlockSpec, string]>): Peer {
  const p = peerFrom(emptyDoc('00'), 'aa')
  blocks.forEach(([, text], i) => {
    if (i > 0) enterAt(p.editor, { block: i - 1, offset: Infinity })
    if (text) typeAt(p.editor, { block: i, offset: 0 }, text)
  })
  blocks.forEach(([spec], i) => setBlockSpec(p.editor, i, spec))
  return p
}

/** A ProseMirror user writes the document: their spans, stored in Automerge the way their plugin stores them. */
function writeTheirs(content: PmNode[]): Doc {
  const spans = pmNodeToSpans(adapter, s.node('doc', null, content))
  return A.change(A.from({ body: '' }, { actor: 'bb' }), (d) => A.updateSpans(d, PATH, spans as A.Span[]))
}

const p = (...content: Array<string | PmNode>): PmNode => s.node('paragraph', null, content.map((c) => (typeof c === 'string' ? s.text(c) : c)))
const li = (...content: PmNode[]): PmNode => s.node('list_item', null, content)
const ul = (...items: PmNode[]): PmNode => s.node('bullet_list', null, items)
const ol = (...items: PmNode[]): PmNode => s.node('ordered_list', null, items)

describe('our document read by @automerge/prosemirror', () => {
  const cases: Array<[string, Array<[BlockSpec, string]>, string]> = [
    [
      'paragraphs and headings',
      [
        [{ kind: 'paragraph' }, 'p'],
        [{ kind: 'heading', level: 1 }, 'h1'],
        [{ kind: 'heading', level: 2 }, 'h2'],
        [{ kind: 'heading', level: 3 }, 'h3'],
      ],
      'doc(paragraph("p"), heading1("h1"), heading2("h2"), heading3("h3"))',
    ],
    [
      'a nested bulleted list',
      [
        [{ kind: 'bullet', indent: 0 }, 'a'],
        [{ kind: 'bullet', indent: 1 }, 'b'],
        [{ kind: 'bullet', indent: 0 }, 'c'],
      ],
      'doc(bullet_list(list_item(paragraph("a"), bullet_list(list_item(paragraph("b")))), list_item(paragraph("c"))))',
    ],
    [
      'a bullet nested under a numbered item',
      [
        [{ kind: 'number', indent: 0 }, 'one'],
        [{ kind: 'bullet', indent: 1 }, 'point'],
        [{ kind: 'number', indent: 0 }, 'two'],
      ],
      'doc(ordered_list(list_item(paragraph("one"), bullet_list(list_item(paragraph("point")))), list_item(paragraph("two"))))',
    ],
    [
      'a numbered item nested two deep under bullets',
      [
        [{ kind: 'bullet', indent: 0 }, 'a'],
        [{ kind: 'bullet', indent: 1 }, 'b'],
        [{ kind: 'number', indent: 2 }, 'c'],
        [{ kind: 'bullet', indent: 1 }, 'd'],
      ],
      'doc(bullet_list(list_item(paragraph("a"), bullet_list(list_item(paragraph("b"), ordered_list(list_item(paragraph("c")))), list_item(paragraph("d"))))))',
    ],
    [
      'a quote of several paragraphs',
      [
        [{ kind: 'paragraph' }, 'before'],
        [{ kind: 'blockquote' }, 'q1'],
        [{ kind: 'blockquote' }, 'q2'],
        [{ kind: 'paragraph' }, 'after'],
      ],
      'doc(paragraph("before"), blockquote(paragraph("q1"), paragraph("q2")), paragraph("after"))',
    ],
    [
      'a list item of several paragraphs',
      [
        [{ kind: 'bullet', indent: 0 }, 'item'],
        [{ kind: 'paragraph', indent: 1 }, 'more'],
        [{ kind: 'bullet', indent: 0 }, 'next'],
      ],
      'doc(bullet_list(list_item(paragraph("item"), paragraph("more")), list_item(paragraph("next"))))',
    ],
    [
      'a horizontal rule between paragraphs (a block of its own, unknown to their schema)',
      [
        [{ kind: 'paragraph' }, 'a'],
        [{ kind: 'hr' }, ''],
        [{ kind: 'paragraph' }, 'b'],
      ],
      'doc(paragraph("a"), unknownBlock<horizontal-rule>(paragraph), paragraph("b"))',
    ],
    [
      'a check item and a gathered quote (kept as unknown attributes and blocks)',
      [
        [{ kind: 'check', indent: 0, checked: true }, 'done'],
        [{ kind: 'gathered-quote', noteId: 'n1', quoteId: 'q1' }, 'said'],
      ],
      'doc(bullet_list(list_item{"checked":true}(paragraph("done"))), unknownBlock<gathered-quote>{"noteId":"n1","quoteId":"q1"}(paragraph("said")))',
    ],
  ]

  for (const [name, blocks, expected] of cases)
    it(`${name} reads the same, and writes back the same spans`, () => {
      const ours = writeOurs(blocks)
      const doc = ours.source.doc()
      expect(theirView(doc)).toBe(expected)
      expect(plainSpans(pmNodeToSpans(adapter, theirDoc(doc)) as A.Span[])).toEqual(plainSpans(A.spans(doc, PATH)))
    })

  it('marks: strong, em and links (with their title) map; marks they lack are kept as unknown marks', () => {
    const ours = writeOurs([[{ kind: 'paragraph' }, 'bold ital code under strike mark link']])
    const at = (from: number, to: number) => [{ block: 0, offset: from }, { block: 0, offset: to }] as const
    formatRange(ours.editor, ...at(0, 4), 'bold')
    formatRange(ours.editor, ...at(5, 9), 'italic')
    formatRange(ours.editor, ...at(10, 14), 'code')
    formatRange(ours.editor, ...at(15, 20), 'underline')
    formatRange(ours.editor, ...at(21, 27), 'strikethrough')
    formatRange(ours.editor, ...at(28, 32), 'highlight')
    linkRange(ours.editor, ...at(33, 37), 'https://example.org/')
    const doc = ours.source.doc()
    expect(theirView(doc)).toBe(
      'doc(paragraph(strong:"bold", " ", em:"ital", " ", code:"code", " ", underline:"under", " ", strike:"strike", " ", highlight:"mark", " ", link(https://example.org/|):"link"))',
    )
    expect(plainSpans(pmNodeToSpans(adapter, theirDoc(doc)) as A.Span[])).toEqual(plainSpans(A.spans(doc, PATH)))
  })
})

describe('a @automerge/prosemirror document read by our editor', () => {
  // what our editor shows: block type (kind|level|indent|checked|note|quote) and text
  const cases: Array<[string, PmNode[], Array<[string, string]>]> = [
    [
      'a quote of several paragraphs',
      [p('x'), s.node('blockquote', null, [p('q1'), p('q2')])],
      [
        ['paragraph|||||', 'x'],
        ['blockquote|||||', 'q1'],
        ['blockquote|||||', 'q2'],
      ],
    ],
    [
      'a bullet nested under a numbered item',
      [ol(li(p('one'), ul(li(p('point')))), li(p('two')))],
      [
        ['number||0|||', 'one'],
        ['bullet||1|||', 'point'],
        ['number||0|||', 'two'],
      ],
    ],
    [
      'a list item of several paragraphs',
      [ul(li(p('item'), p('more')), li(p('next')))],
      [
        ['bullet||0|||', 'item'],
        ['paragraph||1|||', 'more'],
        ['bullet||0|||', 'next'],
      ],
    ],
    [
      'headings 4 to 6',
      [s.node('heading', { level: 4 }, [s.text('h4')]), s.node('heading', { level: 6 }, [s.text('h6')])],
      [
        ['heading|4||||', 'h4'],
        ['heading|6||||', 'h6'],
      ],
    ],
    [
      'a code block (unknown here: shown as a paragraph of plain text)',
      [p('x'), s.node('code_block', null, [s.text('let a = 1')])],
      [
        ['paragraph|||||', 'x'],
        ['paragraph|||||', 'let a = 1'],
      ],
    ],
  ]

  for (const [name, content, blocks] of cases)
    it(`${name} reads as we would write it, and editing it here keeps their structure`, () => {
      const doc = writeTheirs(content)
      const before = theirView(doc)
      const ours = peerFrom(doc, 'aa')
      expect(editorSnapshot(ours.editor)).toBe(blocks.map(([head, text]) => `${head}:${JSON.stringify(text)}⟦⟧`).join('\n'))
      blocks.forEach((_, i) => typeAt(ours.editor, { block: i, offset: Infinity }, '!'))
      expect(theirView(ours.source.doc())).toBe(before.replace(/"\)/g, '!")'))
      expect(editorSnapshot(ours.editor)).toBe(docSnapshot(ours.source.doc()))
    })

  it('a link with a title keeps its title through our editor', () => {
    const link = s.marks.link!.create({ href: 'https://example.org/', title: 'Example' })
    const doc = writeTheirs([p('see ', s.text('here', [link]))])
    const ours = peerFrom(doc, 'aa')
    typeAt(ours.editor, { block: 0, offset: 0 }, '>')
    formatRange(ours.editor, { block: 0, offset: 5 }, { block: 0, offset: 9 }, 'bold')
    expect(theirView(ours.source.doc())).toBe('doc(paragraph(">see ", link(https://example.org/|Example)+strong:"here"))')
  })

  it('turning their second list paragraph into a top-level bullet shows it top-level on both sides', () => {
    const doc = writeTheirs([ul(li(p('item'), p('more')))])
    const ours = peerFrom(doc, 'aa')
    setBlockSpec(ours.editor, 1, { kind: 'bullet', indent: 0 })
    expect(theirView(ours.source.doc())).toBe('doc(bullet_list(list_item(paragraph("item")), list_item(paragraph("more"))))')
    expect(editorSnapshot(peerFrom(ours.source.doc(), 'cc').editor)).toBe(editorSnapshot(ours.editor))
  })

  it('unknown block types and attributes survive our edits untouched', () => {
    const doc = A.change(emptyDoc('00'), (d) => {
      A.splice(d, PATH, 1, 0, 'intro')
      A.splitBlock(d, PATH, 6, { type: new A.ImmutableString('callout'), parents: [], attrs: { tone: 'warn' } })
      A.splice(d, PATH, 7, 0, 'careful')
      A.splitBlock(d, PATH, 14, { type: new A.ImmutableString('heading'), parents: [], attrs: { level: 2, anchor: 'x' } })
      A.splice(d, PATH, 15, 0, 'Title')
    })
    const ours = peerFrom(doc, 'aa')
    expect(editorSnapshot(ours.editor).split('\n')[1]).toContain('"careful"')
    typeAt(ours.editor, { block: 1, offset: 0 }, 'be ')
    setBlockSpec(ours.editor, 2, { kind: 'heading', level: 1 })
    const spans = A.spans(ours.source.doc(), PATH)
    const blocks = spans.filter((x) => x.type === 'block').map((x) => plainSpans([x]))
    expect(blocks[1]).toEqual([{ type: 'block', value: { attrs: { tone: 'warn' }, isEmbed: false, parents: [], type: 'callout' } }])
    expect(blocks[2]).toEqual([{ type: 'block', value: { attrs: { anchor: 'x', level: 1 }, isEmbed: false, parents: [], type: 'heading' } }])
    expect(theirView(ours.source.doc())).toContain('unknownBlock<callout>{"tone":"warn"}(paragraph("be careful"))')
  })
})
