import * as A from '@automerge/automerge'
import {
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $setSelection,
  COLLABORATION_TAG,
  HISTORIC_TAG,
  SKIP_SCROLL_INTO_VIEW_TAG,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type UpdateListenerPayload,
} from 'lexical'
import { $createBlockNode, $isBlockNode, type BlockNode } from './BlockNode'
import { applyOps } from './amOps'
import { diffRegion, inheritedMarkFixes, type Op, type RegionBlock } from './diff'
import { $readBlock, $writeBlock } from './lexicalContent'
import { modelFromDoc, newBlock, TextModel } from './model'
import { applyPatches, touchesPath } from './patches'
import { $pointToBlockOffset, $selectionAt } from './points'
import { PARAGRAPH, specToMarker, type BlockSpec } from './schema'
import type { RichTextSource, SourceChange } from './source'
import { decodeHeads, encodeHeads } from '@automerge/automerge-repo'
import { UndoManager } from './undo'

const REMOTE_TAGS = [COLLABORATION_TAG, HISTORIC_TAG, SKIP_SCROLL_INTO_VIEW_TAG]

/**
 * Binds a Lexical editor to a rich-text field of an Automerge document.
 * Local edits become splice/splitBlock/joinBlock/mark operations on just the
 * blocks Lexical marked dirty; remote patches are applied to just the blocks
 * they touch. A mirror of the text (`model`) is the common ground for both.
 */
export class RichTextBinding<T = unknown> {
  readonly model: TextModel
  readonly undoManager: UndoManager
  private localDepth = 0
  private disposers: Array<() => void> = []

  constructor(
    readonly editor: LexicalEditor,
    readonly source: RichTextSource<T>,
    readonly path: A.Prop[],
  ) {
    this.model = new TextModel(modelFromDoc(source.doc(), path))
    this.undoManager = new UndoManager(this)
    this.renderDirty(null, true)
    const onChange = (payload: SourceChange<T>): void => {
      // Changes elsewhere in the document (a note's other fields) leave the editor, and its selection, alone.
      if (this.localDepth > 0 || !touchesPath(payload.patches, this.path)) return
      if (this.deferred || (this.editor.isComposing() && this.source.changeAt)) {
        this.deferred ??= { heads: A.getHeads(payload.patchInfo.before) }
        return
      }
      this.applyRemote(payload.patches, payload.doc)
    }
    source.on('change', onChange)
    this.disposers.push(
      () => source.off('change', onChange),
      editor.registerUpdateListener((payload) => this.onLocalUpdate(payload)),
    )
  }

  destroy(): void {
    for (const d of this.disposers.splice(0)) d()
  }

  /**
   * Set while an IME composition is open and a peer's change has arrived: the
   * editor (and the mirror) still show the document at `heads`, so the
   * composing text node is not touched. Local edits are made at those heads
   * (changeAt) and merge with the peer's; when the composition ends, the
   * difference is applied as one remote change.
   */
  private deferred: { heads: A.Heads } | null = null

  /** The document as the editor shows it (while a remote change waits for a composition to end, as of before it). */
  doc(): A.Doc<T> {
    return this.deferred ? A.view(this.source.doc(), this.deferred.heads) : this.source.doc()
  }

  /** Shows the peers' changes that waited for the composition to end. */
  flushDeferred(): void {
    const deferred = this.deferred
    if (!deferred) return
    this.deferred = null
    const doc = this.source.doc()
    this.applyRemote(A.diff(doc, deferred.heads, A.getHeads(doc)), doc)
  }

  /** Runs a change on the document without echoing it back into the editor (unless `reflect`); returns its patches. */
  changeDoc(ops: readonly Op[], options: { reflect?: boolean } = {}): A.Patch[] {
    let patches: A.Patch[] = []
    const apply = (d: T): void => applyOps(d as A.Doc<unknown>, this.path, ops)
    const patchCallback = (p: A.Patch[]): void => void (patches = p)
    this.localDepth++
    try {
      if (this.deferred && this.source.changeAt) {
        const heads = this.source.changeAt(encodeHeads(this.deferred.heads), apply, { patchCallback })
        if (heads) this.deferred.heads = decodeHeads(heads)
        // patches describe the change merged into the newer document, not the one the editor shows
        patches = []
      } else this.source.change(apply, { patchCallback })
    } finally {
      this.localDepth--
    }
    if (options.reflect) this.applyRemote(patches, this.source.doc())
    return patches
  }

  private onLocalUpdate({ editorState, prevEditorState, dirtyElements, dirtyLeaves }: UpdateListenerPayload): void {
    if (dirtyElements.size > 0 || dirtyLeaves.size > 0) {
      const change = editorState.read(() => this.$diffDirty([...dirtyElements.keys(), ...dirtyLeaves]))
      if (change) {
        const { from, to, region, ops } = change
        const deleted = this.undoManager.beforeLocal(ops)
        if (ops.length > 0) {
          const fixes = inheritedMarkFixes(ops, this.changeDoc(ops), this.path)
          if (fixes.length > 0) {
            this.changeDoc(fixes)
            ops.push(...fixes)
          }
        }
        const blocks = region.map((r) => ({ ...newBlock(r.spec, r.runs, r.implicit, r.key), dirty: false }))
        this.model.blocks.splice(from, to - from, ...blocks)
        if (ops.length > 0) this.undoManager.recordLocal(ops, deleted)
      }
    }
    const moved = editorState._selection !== prevEditorState._selection || dirtyLeaves.size > 0 || dirtyElements.size > 0
    if (moved) this.cursors = this.selectionCursors()
    if (this.deferred && !this.editor.isComposing()) this.flushDeferred()
  }

  /** The local selection as cursors, taken on the document it was made in (so later patches can move it). */
  private cursors: { anchor: A.Cursor; focus: A.Cursor } | null = null

  private $diffDirty(dirtyKeys: string[]): { from: number; to: number; region: RegionBlock[]; ops: Op[] } | null {
    const dirty = new Set<string>()
    for (const key of dirtyKeys) {
      const node = key === 'root' ? null : $getNodeByKey(key)
      const top = node?.getTopLevelElement() ?? null
      if (top) dirty.add(top.getKey())
    }
    const blocks = this.model.blocks
    const range = this.$touchedRange(dirty) ?? this.$changedRange(dirty)
    if (!range) return null
    const { from, to, keys } = range
    const old: RegionBlock[] = blocks.slice(from, to).map((b) => ({ key: b.key ?? '', implicit: b.implicit, spec: b.spec, runs: b.runs }))
    const region: RegionBlock[] = keys.map((key, k) => {
      const node = $getNodeByKey(key)
      const { spec, runs } = $isElementNode(node) ? $readBlock(node) : { spec: PARAGRAPH, runs: [] }
      const lead = from + k === 0 && blocks[0]?.implicit === true && blocks[0].key === key && spec.kind === 'paragraph'
      return { key, implicit: lead, spec, runs }
    })
    this.resolveMarkers(from, old, region)
    const ops = diffRegion(old, region, this.model.start(from))
    return { from, to, region, ops }
  }

  /**
   * Gives each block of the region the marker it will have in the document:
   * the one stored there while the block shows the same, else one placed
   * after the blocks before it (see specToMarker).
   */
  private resolveMarkers(from: number, old: readonly RegionBlock[], region: RegionBlock[]): void {
    const stored = new Map(old.map((b) => [b.key, b.spec.stored]))
    const blocks = this.model.blocks
    function* preceding(k: number): Generator<BlockSpec> {
      for (let j = k - 1; j >= 0; j--) yield region[j]!.spec
      for (let i = from - 1; i >= 0; i--) yield blocks[i]!.spec
    }
    region.forEach((r, k) => {
      if (r.implicit) return
      const base = stored.has(r.key) ? stored.get(r.key) : r.spec.stored
      r.spec = { ...r.spec, stored: specToMarker({ ...r.spec, stored: base }, preceding(k)) }
    })
  }

  /**
   * Fast path for typing: every dirty block is already mirrored and still sits
   * between the same neighbours, and the block count is unchanged, so only the
   * blocks between the first and last dirty one can differ. (Lexical marks a
   * node's siblings dirty when it inserts or removes next to them.)
   */
  private $touchedRange(dirty: Set<string>): { from: number; to: number; keys: string[] } | null {
    const blocks = this.model.blocks
    if ($getRoot().getChildrenSize() !== blocks.length || dirty.size === 0) return null
    let from = Infinity
    let to = -1
    for (const key of dirty) {
      const i = this.model.indexOfKey(key)
      const node = i < 0 ? null : $getNodeByKey(key)
      if (!node) return null
      if ((node.getPreviousSibling()?.getKey() ?? null) !== (blocks[i - 1]?.key ?? null)) return null
      if ((node.getNextSibling()?.getKey() ?? null) !== (blocks[i + 1]?.key ?? null)) return null
      from = Math.min(from, i)
      to = Math.max(to, i + 1)
    }
    return { from, to, keys: blocks.slice(from, to).map((b) => b.key!) }
  }

  /** General case: compare the root's children with the mirror from both ends. */
  private $changedRange(dirty: Set<string>): { from: number; to: number; keys: string[] } | null {
    const keys = $getRoot().getChildrenKeys()
    const blocks = this.model.blocks
    const same = (bi: number, ki: number): boolean => blocks[bi]!.key === keys[ki] && !dirty.has(keys[ki]!)
    let i = 0
    while (i < blocks.length && i < keys.length && same(i, i)) i++
    if (i === blocks.length && i === keys.length) return null
    let j = 0
    while (j < blocks.length - i && j < keys.length - i && same(blocks.length - 1 - j, keys.length - 1 - j)) j++
    return { from: i, to: blocks.length - j, keys: keys.slice(i, keys.length - j) }
  }

  /** Applies patches made elsewhere (remote peers, undo) to the mirror and the editor. */
  applyRemote(patches: readonly A.Patch[], after: A.Doc<T>): void {
    this.undoManager.noteRemote()
    const cursors = this.cursors
    const incremental = applyPatches(this.model, patches, this.path)
    if (!incremental) {
      this.model.removed.push(...this.model.blocks)
      this.model.blocks = modelFromDoc(after, this.path)
    }
    this.model.refreshSpecs(after as A.Doc<unknown>, this.path)
    this.renderDirty(cursors ? { doc: after, cursors } : null, !incremental)
  }

  private renderDirty(selection: { doc: A.Doc<T>; cursors: { anchor: A.Cursor; focus: A.Cursor } } | null, full = false): void {
    this.editor.update(
      () => {
        for (const gone of this.model.removed.splice(0)) if (gone.key) $getNodeByKey(gone.key)?.remove()
        const blocks = this.model.blocks
        for (let i = 0; i < blocks.length; i++) {
          const b = blocks[i]!
          if (!b.dirty) continue
          let node: LexicalNode | null = b.key ? $getNodeByKey(b.key) : null
          if (!$isBlockNode(node) || !node.isAttached()) {
            node?.remove()
            const fresh = $createBlockNode(b.spec)
            const prevKey = blocks[i - 1]?.key
            const prev = prevKey ? $getNodeByKey(prevKey) : null
            const first = $getRoot().getFirstChild()
            if (prev) prev.insertAfter(fresh)
            else if (first) first.insertBefore(fresh)
            else $getRoot().append(fresh)
            node = fresh
            b.key = fresh.getKey()
          } else node.setSpec(b.spec)
          $writeBlock(node as BlockNode, b.runs)
          b.dirty = false
        }
        if (full) {
          const lastKey = blocks[blocks.length - 1]?.key
          const last = lastKey ? $getNodeByKey(lastKey) : null
          for (let extra = last?.getNextSibling(); extra; extra = last?.getNextSibling()) extra.remove()
        }
        if (selection) this.$restoreSelection(selection.doc, selection.cursors)
      },
      { discrete: true, tag: REMOTE_TAGS },
    )
  }

  /** Sequence index of a block offset. */
  indexOf(key: string, offset: number): number | null {
    const i = this.model.indexOfKey(key)
    if (i < 0) return null
    const b = this.model.blocks[i]!
    return this.model.start(i) + (b.implicit ? 0 : 1) + Math.min(offset, b.len)
  }

  /** The block (Lexical key) and text offset for a sequence index, e.g. to draw a remote caret. */
  locate(index: number): { key: string; offset: number } | null {
    const { i, offset } = this.model.textBlockAt(index)
    const b = this.model.blocks[Math.max(0, i)]
    return b?.key ? { key: b.key, offset: i < 0 ? 0 : offset } : null
  }

  /** The current selection as sequence indices, or null when there is none. */
  selectionIndices(): { anchor: number; focus: number } | null {
    return this.editor.getEditorState().read(() => {
      const sel = $getSelection()
      if (!$isRangeSelection(sel)) return null
      const a = $pointToBlockOffset(sel.anchor)
      const f = $pointToBlockOffset(sel.focus)
      const anchor = a && this.indexOf(a.key, a.offset)
      const focus = f && this.indexOf(f.key, f.offset)
      return anchor == null || focus == null ? null : { anchor, focus }
    })
  }

  /** The current selection as Automerge cursors (stable across concurrent edits). */
  selectionCursors(doc: A.Doc<T> = this.doc()): { anchor: A.Cursor; focus: A.Cursor } | null {
    const sel = this.selectionIndices()
    if (!sel) return null
    const anchor = A.getCursor(doc, this.path, sel.anchor)
    return { anchor, focus: sel.focus === sel.anchor ? anchor : A.getCursor(doc, this.path, sel.focus) }
  }

  private $restoreSelection(doc: A.Doc<T>, cursors: { anchor: A.Cursor; focus: A.Cursor }): void {
    const at = (cursor: A.Cursor): { block: ElementNode; offset: number } | null => {
      const index = A.getCursorPosition(doc, this.path, cursor)
      const { i, offset } = this.model.textBlockAt(index)
      const b = this.model.blocks[Math.max(0, i)]
      const node = b?.key ? $getNodeByKey(b.key) : null
      return $isElementNode(node) ? { block: node, offset: i < 0 ? 0 : offset } : null
    }
    const anchor = at(cursors.anchor)
    const focus = at(cursors.focus)
    if (anchor && focus) $setSelection($selectionAt(anchor, focus))
  }
}
