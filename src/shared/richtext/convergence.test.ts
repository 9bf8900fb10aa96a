import * as A from '@automerge/automerge'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TextFormatType } from 'lexical'
import {
  backspaceAt,
  blockCount,
  blockText,
  clearSelection,
  deleteForwardAt,
  deleteRange,
  enterAt,
  formatRange,
  linkRange,
  setBlockSpec,
  typeAt,
  type Place,
} from './editing'
import type { BlockSpec } from './schema'
import { docSnapshot, editorSnapshot, emptyDoc, peerFrom, type Peer } from './testkit'

// Random positions are fractions, resolved against whatever the peer's document looks like then.
type Pos = { b: number; o: number }
type Action =
  | { k: 'type'; peer: number; at: Pos; text: string }
  | { k: 'delete'; peer: number; from: Pos; to: Pos }
  | { k: 'enter'; peer: number; at: Pos }
  | { k: 'backspace'; peer: number; at: Pos }
  | { k: 'deleteForward'; peer: number; at: Pos }
  | { k: 'format'; peer: number; from: Pos; to: Pos; format: TextFormatType }
  | { k: 'link'; peer: number; from: Pos; to: Pos; href: string | null }
  | { k: 'block'; peer: number; at: Pos; spec: BlockSpec }
  | { k: 'undo' | 'redo'; peer: number }
  | { k: 'sync'; from: number; to: number; fraction: number }

const PEERS = 3
// property runs take seconds normally; leave room for a loaded machine and RICHTEXT_RUNS stress runs
const TIMEOUT = 120_000 * Math.max(1, Number(process.env.RICHTEXT_RUNS ?? 0) / 500)
const peer = fc.nat(PEERS - 1)
const frac = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true })
const pos = fc.record({ b: frac, o: frac })
const text = fc.constantFrom('a', 'b', 'xy', ' ', 'é', '日本', '😀', 'hello ', 'Z')
const spec: fc.Arbitrary<BlockSpec> = fc.oneof(
  fc.constant<BlockSpec>({ kind: 'paragraph' }),
  fc.integer({ min: 1, max: 3 }).map((level): BlockSpec => ({ kind: 'heading', level })),
  fc.constant<BlockSpec>({ kind: 'blockquote' }),
  fc.record({ kind: fc.constantFrom('bullet', 'number', 'check' as const), indent: fc.nat(2), checked: fc.boolean() }),
  fc.constant<BlockSpec>({ kind: 'hr' }),
  fc.constantFrom('n1', 'n2').map((noteId): BlockSpec => ({ kind: 'gathered-quote', noteId, quoteId: 'q' })),
)
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ k: fc.constant('type' as const), peer, at: pos, text }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('delete' as const), peer, from: pos, to: pos }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('enter' as const), peer, at: pos }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('backspace' as const), peer, at: pos }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('deleteForward' as const), peer, at: pos }) },
  {
    weight: 2,
    arbitrary: fc.record({ k: fc.constant('format' as const), peer, from: pos, to: pos, format: fc.constantFrom<TextFormatType>('bold', 'italic', 'underline', 'strikethrough', 'code', 'highlight') }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('link' as const), peer, from: pos, to: pos, href: fc.constantFrom('https://a.example/', 'https://b.example/', null) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('block' as const), peer, at: pos, spec }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constantFrom('undo' as const, 'redo' as const), peer }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('sync' as const), from: peer, to: peer, fraction: frac }) },
)

function place(p: Peer, at: Pos, edgeOnly = false): Place {
  const block = Math.floor(at.b * blockCount(p.editor))
  const text = blockText(p.editor, block)
  let offset = edgeOnly ? (at.o < 0.5 ? 0 : text.length) : Math.floor(at.o * (text.length + 1))
  if (/[\udc00-\udfff]/.test(text[offset] ?? '')) offset-- // never inside a surrogate pair
  return { block, offset }
}

function perform(peers: Peer[], a: Action): void {
  if (a.k === 'sync') {
    if (a.from === a.to) return
    const src = peers[a.from]!.source.doc()
    const dst = peers[a.to]!.source
    const changes = A.getChanges(dst.doc(), src)
    dst.applyChanges(changes.slice(0, Math.ceil(changes.length * a.fraction)))
    return
  }
  const p = peers[a.peer]!
  const e = p.editor
  switch (a.k) {
    case 'type':
      return typeAt(e, place(p, a.at), a.text)
    case 'delete':
      return deleteRange(e, place(p, a.from), place(p, a.to))
    case 'enter':
      return enterAt(e, place(p, a.at))
    case 'backspace':
      return backspaceAt(e, place(p, a.at, true))
    case 'deleteForward':
      return deleteForwardAt(e, place(p, a.at, true))
    case 'format':
      return formatRange(e, place(p, a.from), place(p, a.to), a.format)
    case 'link':
      return linkRange(e, place(p, a.from), place(p, a.to), a.href)
    case 'block':
      return setBlockSpec(e, place(p, a.at).block, a.spec)
    case 'undo':
      return void p.binding.undoManager.undo()
    case 'redo':
      return void p.binding.undoManager.redo()
  }
}

function fullSync(peers: Peer[]): void {
  for (const a of peers) for (const b of peers) if (a !== b) b.source.merge(a.source.doc())
}

const stable = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x,
  )

function check(peers: Peer[]): void {
  fullSync(peers)
  const heads = A.getHeads(peers[0]!.source.doc())
  const spans = stable(A.spans(peers[0]!.source.doc(), ['body']))
  for (const p of peers) {
    expect(A.getHeads(p.source.doc())).toEqual(heads)
    expect(stable(A.spans(p.source.doc(), ['body']))).toBe(spans)
    expect(editorSnapshot(p.editor)).toBe(docSnapshot(p.source.doc()))
  }
}

describe('rich text convergence', () => {
  it('random concurrent edits with partial syncs converge, and every editor shows the document', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 40 }), (actions) => {
        const base = emptyDoc('00')
        const peers = Array.from({ length: PEERS }, (_, i) => peerFrom(base, `0${i + 1}`.padEnd(4, '0')))
        for (const a of actions) perform(peers, a)
        peers.forEach((p) => clearSelection(p.editor))
        check(peers)
      }),
      { numRuns: Number(process.env.RICHTEXT_RUNS ?? 350) },
    )
  }, TIMEOUT)

  it('converges with each peer checked against its own document after every action', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 25 }), (actions) => {
        const base = emptyDoc('00')
        const peers = Array.from({ length: 2 }, (_, i) => peerFrom(base, `a${i}`))
        for (const a of actions) {
          const scoped = 'peer' in a ? { ...a, peer: a.peer % 2 } : { ...a, from: a.from % 2, to: a.to % 2 }
          perform(peers, scoped as Action)
          for (const p of peers) expect(editorSnapshot(p.editor)).toBe(docSnapshot(p.source.doc()))
        }
        check(peers)
      }),
      { numRuns: Number(process.env.RICHTEXT_RUNS ?? 250) },
    )
  }, TIMEOUT)
})
