import * as A from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import { $getNodeByKey, $getRoot, $getSelection, $isElementNode, $setCompositionKey, $setSelection } from 'lexical'
import { $selectionAt } from './points'
import { backspaceAt, deleteRange, enterAt, formatRange, linkRange, setBlockSpec, typeAt } from './editing'
import { docSnapshot, editorSnapshot, emptyDoc, peerFrom, type Peer } from './testkit'

const B = '⟦strong=true;⟧'
const P = 'paragraph|||||'

function pair(initial: string): [Peer, Peer] {
  const a = peerFrom(emptyDoc('00'), 'aa')
  if (initial) typeAt(a.editor, { block: 0, offset: 0 }, initial)
  const b = peerFrom(a.source.doc(), 'bb')
  return [a, b]
}

function sync(...peers: Peer[]): void {
  for (const x of peers) for (const y of peers) if (x !== y) y.source.merge(x.source.doc())
  const snap = editorSnapshot(peers[0]!.editor)
  for (const p of peers) {
    expect(editorSnapshot(p.editor)).toBe(snap)
    expect(docSnapshot(p.source.doc())).toBe(snap)
  }
}

describe('concurrent intent', () => {
  it('bolding a range while someone types inside it makes their text bold too', () => {
    const [a, b] = pair('hello world')
    formatRange(a.editor, { block: 0, offset: 0 }, { block: 0, offset: 11 }, 'bold')
    typeAt(b.editor, { block: 0, offset: 5 }, ' there')
    sync(a, b)
    expect(editorSnapshot(a.editor)).toBe(`${P}:"hello there world"${B}`)
  })

  it('splitting a paragraph while someone types at its end keeps their text in the second half', () => {
    const [a, b] = pair('hello world')
    enterAt(a.editor, { block: 0, offset: 5 })
    typeAt(b.editor, { block: 0, offset: 11 }, '!!!')
    sync(a, b)
    expect(editorSnapshot(a.editor)).toBe(`${P}:"hello"⟦⟧\n${P}:" world!!!"⟦⟧`)
  })

  it('joining blocks (Backspace) while someone types in the second keeps both edits', () => {
    const [a, b] = pair('one')
    enterAt(a.editor, { block: 0, offset: 3 })
    typeAt(a.editor, { block: 1, offset: 0 }, 'two')
    b.source.merge(a.source.doc())
    backspaceAt(a.editor, { block: 1, offset: 0 })
    typeAt(b.editor, { block: 1, offset: 3 }, '!')
    sync(a, b)
    expect(editorSnapshot(a.editor)).toBe(`${P}:"onetwo!"⟦⟧`)
  })

  it('two concurrent heading changes to one block give one block with one level', () => {
    const [a, b] = pair('Rent strike')
    setBlockSpec(a.editor, 0, { kind: 'heading', level: 1 })
    setBlockSpec(b.editor, 0, { kind: 'heading', level: 2 })
    sync(a, b)
    const lines = editorSnapshot(a.editor).split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^heading\|[12]\|\|\|\|:"Rent strike"⟦⟧$/)
    expect(A.spans(a.source.doc(), ['body']).filter((s) => s.type === 'block')).toHaveLength(1)
  })

  it('a heading change racing a list change still gives one block', () => {
    const [a, b] = pair('Demands')
    setBlockSpec(a.editor, 0, { kind: 'heading', level: 3 })
    setBlockSpec(b.editor, 0, { kind: 'bullet', indent: 1 })
    sync(a, b)
    expect(editorSnapshot(a.editor).split('\n')).toHaveLength(1)
  })

  it('concurrent typing in different blocks merges character by character', () => {
    const [a, b] = pair('abc')
    enterAt(a.editor, { block: 0, offset: 3 })
    b.source.merge(a.source.doc())
    typeAt(a.editor, { block: 0, offset: 1 }, 'X')
    typeAt(b.editor, { block: 1, offset: 0 }, 'Y')
    typeAt(b.editor, { block: 0, offset: 3 }, 'Z')
    sync(a, b)
    expect(editorSnapshot(a.editor)).toBe(`${P}:"aXbcZ"⟦⟧\n${P}:"Y"⟦⟧`)
  })
})

describe('formatting by intent', () => {
  /** The operations of the last change this peer made, as Automerge decodes them. */
  const lastOps = (p: Peer): Array<{ action: string }> =>
    A.decodeChange(A.getLastLocalChange(p.source.doc())!).ops as Array<{ action: string }>

  it('typing inside bold text inherits the bold from the document, with no mark written per key', () => {
    const [a] = pair('hello world')
    formatRange(a.editor, { block: 0, offset: 0 }, { block: 0, offset: 11 }, 'bold')
    typeAt(a.editor, { block: 0, offset: 5 }, ',')
    expect(lastOps(a).map((op) => op.action)).toEqual(['set'])
    typeAt(a.editor, { block: 0, offset: 12 }, '!')
    expect(lastOps(a).map((op) => op.action)).toEqual(['set'])
    expect(editorSnapshot(a.editor)).toBe(`${P}:"hello, world!"${B}`)
    expect(docSnapshot(a.source.doc())).toBe(editorSnapshot(a.editor))
  })

  it('un-bolding a sentence wins over a collaborator typing inside it', () => {
    const [a, b] = pair('rent is due friday')
    formatRange(a.editor, { block: 0, offset: 0 }, { block: 0, offset: 18 }, 'bold')
    b.source.merge(a.source.doc())
    formatRange(a.editor, { block: 0, offset: 0 }, { block: 0, offset: 18 }, 'bold')
    typeAt(b.editor, { block: 0, offset: 8 }, 'not ')
    sync(a, b)
    expect(editorSnapshot(a.editor)).toBe(`${P}:"rent is not due friday"⟦⟧`)
  })

  it('removing a link wins over a collaborator typing inside it', () => {
    const [a, b] = pair('see the flyer')
    linkRange(a.editor, { block: 0, offset: 4 }, { block: 0, offset: 13 }, 'https://example.org/')
    b.source.merge(a.source.doc())
    linkRange(a.editor, { block: 0, offset: 4 }, { block: 0, offset: 13 }, null)
    typeAt(b.editor, { block: 0, offset: 8 }, 'new ')
    sync(a, b)
    expect(editorSnapshot(a.editor)).toBe(`${P}:"see the new flyer"⟦⟧`)
  })

  it('typing right after a link does not extend it', () => {
    const [a, b] = pair('see flyer')
    linkRange(a.editor, { block: 0, offset: 4 }, { block: 0, offset: 9 }, 'https://example.org/')
    typeAt(a.editor, { block: 0, offset: 9 }, ' now')
    sync(a, b)
    expect(editorSnapshot(a.editor)).toMatch(/"flyer"⟦link=[^⟧]*⟧" now"⟦⟧$/)
  })
})

describe('IME composition', () => {
  /** Opens a composition on the text node at the caret, as compositionstart does. */
  function compose(p: Peer, offset: number): string {
    let key = ''
    p.editor.update(
      () => {
        const block = $getRoot().getFirstChildOrThrow()
        if (!$isElementNode(block)) return
        const selection = $selectionAt({ block, offset }, { block, offset })
        $setSelection(selection)
        key = selection.anchor.key
        $setCompositionKey(key)
      },
      { discrete: true },
    )
    return key
  }
  const endComposition = (p: Peer): void => p.editor.update(() => $setCompositionKey(null), { discrete: true })
  const textOf = (p: Peer, key: string): string | undefined =>
    p.editor.getEditorState().read(() => {
      const node = $getNodeByKey(key)
      return node?.isAttached() ? node.getTextContent() : undefined
    })

  it('a peer’s edit in the block being composed waits until the composition ends, and both edits are kept', () => {
    const [a, b] = pair('hello world')
    a.binding.undoManager.stopCapturing()
    const key = compose(a, 5)
    typeAt(a.editor, { block: 0, offset: 5 }, ' に')
    typeAt(b.editor, { block: 0, offset: 0 }, 'Big ')
    typeAt(b.editor, { block: 0, offset: 15 }, '!')
    a.source.merge(b.source.doc())
    // the composing node is untouched: same node, same text
    expect(textOf(a, key)).toBe('hello に world')
    typeAt(a.editor, { block: 0, offset: 7 }, 'ほん')
    expect(textOf(a, key)).toBe('hello にほん world')
    endComposition(a)
    sync(a, b)
    expect(editorSnapshot(a.editor)).toBe(`${P}:"Big hello にほん world!"⟦⟧`)
    expect(a.binding.undoManager.undo()).toBe(true)
    sync(a, b)
    expect(editorSnapshot(a.editor)).toBe(`${P}:"Big hello world!"⟦⟧`)
  })
})

describe('local undo', () => {
  it('undo after a remote edit removes only the local edit', () => {
    const [a, b] = pair('')
    typeAt(a.editor, { block: 0, offset: 0 }, 'abc')
    b.source.merge(a.source.doc())
    typeAt(b.editor, { block: 0, offset: 0 }, 'XYZ ')
    a.source.merge(b.source.doc())
    expect(a.binding.undoManager.undo()).toBe(true)
    expect(editorSnapshot(a.editor)).toBe(`${P}:"XYZ "⟦⟧`)
    expect(docSnapshot(a.source.doc())).toBe(editorSnapshot(a.editor))
    sync(a, b)
    expect(editorSnapshot(b.editor)).toBe(`${P}:"XYZ "⟦⟧`)
    expect(a.binding.undoManager.redo()).toBe(true)
    expect(editorSnapshot(a.editor)).toBe(`${P}:"XYZ abc"⟦⟧`)
  })

  it('undo restores formatting, block types, splits and deletions, and redo re-applies them', () => {
    const [a, b] = pair('hello world')
    const u = a.binding.undoManager
    const steps: Array<() => void> = [
      () => formatRange(a.editor, { block: 0, offset: 0 }, { block: 0, offset: 5 }, 'bold'),
      () => linkRange(a.editor, { block: 0, offset: 6 }, { block: 0, offset: 11 }, 'https://example.org/'),
      () => enterAt(a.editor, { block: 0, offset: 6 }),
      () => setBlockSpec(a.editor, 1, { kind: 'heading', level: 2 }),
      () => deleteRange(a.editor, { block: 0, offset: 2 }, { block: 1, offset: 3 }),
    ]
    const snapshots = [editorSnapshot(a.editor)]
    for (const step of steps) {
      u.stopCapturing()
      step()
      snapshots.push(editorSnapshot(a.editor))
    }
    typeAt(b.editor, { block: 0, offset: 0 }, '>> ')
    a.source.merge(b.source.doc())
    const withoutRemote = (s: string) => s.replace(/:">> "⟦⟧/, ':').replace(/:">> /, ':"')
    for (let i = steps.length - 1; i >= 0; i--) {
      expect(u.undo()).toBe(true)
      expect(docSnapshot(a.source.doc())).toBe(editorSnapshot(a.editor))
      expect(editorSnapshot(a.editor)).toContain('>> ')
      expect(withoutRemote(editorSnapshot(a.editor))).toBe(snapshots[i])
    }
    for (let i = 1; i <= steps.length; i++) {
      expect(u.redo()).toBe(true)
      expect(docSnapshot(a.source.doc())).toBe(editorSnapshot(a.editor))
    }
    sync(a, b)
  })
})

describe('undo takes back only what this user did', () => {
  /** Types key by key, as a user does. */
  const typeKeys = (p: Peer, text: string, block = 0): void =>
    [...text].forEach((ch, i) => typeAt(p.editor, { block, offset: i }, ch))

  it('a peer’s words typed inside the user’s run survive the undo', () => {
    const [a, b] = pair('')
    typeKeys(a, 'hello world')
    b.source.merge(a.source.doc())
    typeAt(b.editor, { block: 0, offset: 5 }, '[B: big]')
    a.source.merge(b.source.doc())
    expect(a.binding.undoManager.undo()).toBe(true)
    sync(a, b)
    expect(editorSnapshot(a.editor)).toBe(`${P}:"[B: big]"⟦⟧`)
    expect(a.binding.undoManager.redo()).toBe(true)
    sync(a, b)
    expect(editorSnapshot(a.editor)).toBe(`${P}:"hello[B: big] world"⟦⟧`)
  })

  it('a peer’s character typed right after the user’s run survives the undo', () => {
    const [a, b] = pair('')
    typeKeys(a, 'abc')
    b.source.merge(a.source.doc())
    typeAt(b.editor, { block: 0, offset: 3 }, 'XYZ')
    typeAt(b.editor, { block: 0, offset: 0 }, '<')
    a.source.merge(b.source.doc())
    expect(a.binding.undoManager.undo()).toBe(true)
    sync(a, b)
    expect(editorSnapshot(a.editor)).toBe(`${P}:"<XYZ"⟦⟧`)
  })

  it('when a peer deleted part of the user’s text, undo removes only the rest, and redo brings back only that', () => {
    const [a, b] = pair('')
    typeKeys(a, 'hello world')
    b.source.merge(a.source.doc())
    deleteRange(b.editor, { block: 0, offset: 3 }, { block: 0, offset: 7 })
    typeAt(b.editor, { block: 0, offset: 7 }, '!')
    a.source.merge(b.source.doc())
    expect(editorSnapshot(a.editor)).toBe(`${P}:"helorld!"⟦⟧`)
    expect(a.binding.undoManager.undo()).toBe(true)
    sync(a, b)
    expect(editorSnapshot(a.editor)).toBe(`${P}:"!"⟦⟧`)
    expect(a.binding.undoManager.redo()).toBe(true)
    sync(a, b)
    expect(editorSnapshot(a.editor)).toBe(`${P}:"helorld!"⟦⟧`)
  })

  /** Both peers hold `text`, written by the peer, so the user's undo history starts empty. */
  function written(text: string): [Peer, Peer] {
    const [a, b] = pair('')
    typeAt(b.editor, { block: 0, offset: 0 }, text)
    a.source.merge(b.source.doc())
    return [a, b]
  }

  it('undoing a deletion restores exactly the deleted words, around what a peer typed meanwhile', () => {
    const [a, b] = written('the quick brown fox')
    deleteRange(a.editor, { block: 0, offset: 4 }, { block: 0, offset: 16 })
    typeAt(b.editor, { block: 0, offset: 10 }, 'red ')
    typeAt(b.editor, { block: 0, offset: 0 }, '> ')
    a.source.merge(b.source.doc())
    expect(editorSnapshot(a.editor)).toBe(`${P}:"> the red fox"⟦⟧`)
    expect(a.binding.undoManager.undo()).toBe(true)
    sync(a, b)
    expect(editorSnapshot(a.editor)).toBe(`${P}:"> the quick red brown fox"⟦⟧`)
  })

  it('undoing a typed paragraph break and its text leaves a peer’s text in the block', () => {
    const [a, b] = written('one')
    enterAt(a.editor, { block: 0, offset: 3 })
    typeKeys(a, 'two', 1)
    b.source.merge(a.source.doc())
    typeAt(b.editor, { block: 1, offset: 1 }, 'B')
    a.source.merge(b.source.doc())
    expect(a.binding.undoManager.undo()).toBe(true)
    expect(a.binding.undoManager.canUndo()).toBe(false)
    sync(a, b)
    expect(editorSnapshot(a.editor)).toBe(`${P}:"oneB"⟦⟧`)
  })
})

describe('persistence', () => {
  it('save and load keep every block kind, mark and link', () => {
    const [a] = pair('')
    const e = a.editor
    const kinds = [
      { kind: 'heading', level: 1 },
      { kind: 'heading', level: 3 },
      { kind: 'blockquote' },
      { kind: 'bullet', indent: 0 },
      { kind: 'bullet', indent: 2 },
      { kind: 'number', indent: 1 },
      { kind: 'check', indent: 0, checked: true },
      { kind: 'hr' },
      { kind: 'gathered-quote', noteId: 'note-7', quoteId: 'q-2' },
      { kind: 'paragraph' },
    ] as const
    kinds.forEach((_, i) => {
      typeAt(e, { block: i, offset: 0 }, `block ${i} text`)
      enterAt(e, { block: i, offset: 99 })
    })
    kinds.forEach((spec, i) => setBlockSpec(e, i, spec))
    for (const [i, format] of (['bold', 'italic', 'underline', 'strikethrough', 'code', 'highlight'] as const).entries())
      formatRange(e, { block: i, offset: 0 }, { block: i, offset: 5 }, format)
    linkRange(e, { block: 9, offset: 0 }, { block: 9, offset: 5 }, 'https://example.org/x')
    const before = editorSnapshot(e)
    const loaded = A.load<{ body: string }>(A.save(a.source.doc()))
    const reopened = peerFrom(loaded, 'cc')
    expect(editorSnapshot(reopened.editor)).toBe(before)
    expect(docSnapshot(loaded)).toBe(before)
    expect(before).toContain('gathered-quote')
    expect(before).toContain('link=')
  })
})

describe('local selection under remote edits', () => {
  it('keeps the caret and selection on the same characters when a collaborator types before them', () => {
    const [a, b] = pair('tenants meet friday')
    a.editor.update(
      () => {
        const block = $getRoot().getFirstChildOrThrow()
        if ($isElementNode(block)) $setSelection($selectionAt({ block, offset: 13 }, { block, offset: 19 }))
      },
      { discrete: true },
    )
    typeAt(b.editor, { block: 0, offset: 0 }, 'All ')
    enterAt(b.editor, { block: 0, offset: 0 })
    a.source.merge(b.source.doc())
    const selected = a.editor.getEditorState().read(() => $getSelection()?.getTextContent())
    expect(selected).toBe('friday')
  })
})
