import * as A from '@automerge/automerge'
import type { RichTextBinding } from './binding'
import type { Op, SeqItem } from './diff'
import { MARK_NAMES, type BlockSpec, type MarkName } from './schema'

/**
 * One step of undoing. Inserted and deleted content is named element by
 * element with Automerge cursors (each names one character or marker), never
 * by a range, so whatever peers typed between them is left alone.
 */
type Inverse =
  | { k: 'delete'; ids: A.Cursor[] }
  | { k: 'insert'; seq: SeqItem[]; ids: A.Cursor[] }
  | { k: 'mark'; from: A.Cursor; last: A.Cursor; name: MarkName; value: A.ScalarValue | null }
  | { k: 'spec'; at: A.Cursor; spec: BlockSpec }

/**
 * Undo and redo of the local user's own operations only. Each entry holds the
 * inverse operations of one burst of editing; undoing applies them to the
 * Automerge document (never restoring a snapshot), so remote edits survive.
 */
export class UndoManager {
  private undoStack: Inverse[][] = []
  private redoStack: Inverse[][] = []
  private lastRecord = 0
  private capturing = true
  /** Deleted elements that undo re-inserted: old cursor → new cursor, so older steps still find them. */
  private moved = new Map<A.Cursor, A.Cursor>()
  mergeWindowMs = 500

  constructor(private binding: RichTextBinding<unknown>) {}

  canUndo(): boolean {
    return this.undoStack.length > 0
  }

  canRedo(): boolean {
    return this.redoStack.length > 0
  }

  /** Ends the current undo group: the next edit starts a new one. */
  stopCapturing(): void {
    this.capturing = false
  }

  /** Where the last recorded pure insertion ended, so the next keystroke can extend it. */
  private typing: { end: number; step: Extract<Inverse, { k: 'delete' }> } | null = null

  /** A remote change may have landed inside the current typing run: the next keystroke starts a new range. */
  noteRemote(): void {
    this.typing = null
  }

  /** Typing on at the end of the previous insertion adds its characters to that step. */
  private extendTyping(pure: Extract<Op, { t: 'splice' }> | null, doc: A.Doc<unknown>): boolean {
    const top = this.undoStack[this.undoStack.length - 1]
    const typing = this.typing
    if (!pure || !typing || pure.at !== typing.end || !top?.includes(typing.step) || !this.canMerge(top)) return false
    typing.step.ids.push(...this.ids(doc, pure.at, pure.at + pure.text.length))
    typing.end = pure.at + pure.text.length
    this.lastRecord = Date.now()
    this.redoStack = []
    return true
  }

  private canMerge(top: Inverse[]): boolean {
    return this.capturing && Date.now() - this.lastRecord < this.mergeWindowMs && top.length < MAX_GROUP
  }

  /** Called just before a local edit is applied: names the elements it is about to delete. */
  beforeLocal(ops: readonly Op[]): A.Cursor[] {
    const del = ops.find((op) => op.t === 'splice' && op.del > 0)
    return del?.t === 'splice' ? this.ids(this.binding.doc() as A.Doc<unknown>, del.at, del.at + del.del) : []
  }

  /** Records the inverse of a local edit, just after it was committed. */
  recordLocal(ops: readonly Op[], deletedIds: A.Cursor[]): void {
    const doc = this.binding.doc()
    const only = ops.length === 1 ? ops[0]! : null
    const pure = only?.t === 'splice' && only.del === 0 ? only : null
    if (this.extendTyping(pure, doc)) return
    const cursor = (i: number): A.Cursor => A.getCursor(doc, this.binding.path, i)
    const inverses: Inverse[] = []
    let inserted = 0
    let insertAt = -1
    let deleted: Extract<Inverse, { k: 'insert' }> | null = null
    for (const op of ops) {
      if (op.t === 'splice' && op.del > 0) deleted = { k: 'insert', seq: op.deleted ?? [], ids: deletedIds }
      else if (op.t === 'splice' || op.t === 'split') {
        if (insertAt < 0) insertAt = op.at
        inserted += op.t === 'split' ? 1 : op.text.length
      } else if (op.t === 'mark' && op.before !== undefined)
        inverses.push({ k: 'mark', from: cursor(op.start), last: cursor(op.end - 1), name: op.name, value: op.before })
      else if (op.t === 'spec') inverses.push({ k: 'spec', at: cursor(op.at), spec: op.from })
    }
    if (inserted > 0) inverses.push({ k: 'delete', ids: this.ids(doc, insertAt, insertAt + inserted) })
    if (deleted) inverses.push(deleted)
    this.push(this.undoStack, inverses.reverse(), true)
    this.redoStack = []
    const step = inverses.find((i): i is Extract<Inverse, { k: 'delete' }> => i.k === 'delete')
    this.typing = pure && step ? { end: pure.at + pure.text.length, step } : null
  }

  /** Cursors naming each element of [start, end), to find exactly those elements again later. */
  private ids(doc: A.Doc<unknown>, start: number, end: number): A.Cursor[] {
    return Array.from({ length: end - start }, (_, i) => A.getCursor(doc, this.binding.path, start + i))
  }

  private resolve(cursor: A.Cursor): A.Cursor {
    for (let next = this.moved.get(cursor); next; next = this.moved.get(cursor)) cursor = next
    return cursor
  }

  private push(stack: Inverse[][], inverses: Inverse[], mayMerge: boolean): void {
    if (inverses.length === 0) return
    const now = Date.now()
    const top = stack[stack.length - 1]
    // entries hold inverses in the order they were recorded; replay walks them backwards
    if (mayMerge && top && this.canMerge(top)) top.push(...inverses)
    else stack.push(inverses)
    this.lastRecord = now
    this.capturing = true
  }

  undo(): boolean {
    return this.replay(this.undoStack, this.redoStack)
  }

  redo(): boolean {
    const redo = this.redoStack
    this.redoStack = []
    const done = this.replay(redo, this.undoStack)
    this.redoStack = redo
    return done
  }

  private replay(from: Inverse[][], to: Inverse[][]): boolean {
    // undo works on the document as it is: first show what peers did during a composition
    this.binding.flushDeferred()
    const entry = from.pop()
    if (!entry) return false
    const inverses: Inverse[] = []
    for (let i = entry.length - 1; i >= 0; i--) inverses.push(...this.apply(entry[i]!))
    to.push(inverses)
    this.capturing = false
    return true
  }

  /** Applies one inverse step and returns what undoes it in turn. */
  private apply(step: Inverse): Inverse[] {
    const b = this.binding
    const pos = (c: A.Cursor): number => A.getCursorPosition(b.doc(), b.path, this.resolve(c))
    let ops: Op[] = []
    let result: (doc: A.Doc<unknown>) => Inverse[] = () => []
    if (step.k === 'delete') {
      // the elements still there, in runs of neighbours; deleted from the last run back so indices hold
      const doc = b.doc() as A.Doc<unknown>
      const length = A.getCursorPosition(doc, b.path, A.getCursor(doc, b.path, 'end'))
      const live: Array<{ at: number; id: A.Cursor }> = []
      for (const old of step.ids) {
        const id = this.resolve(old)
        const at = A.getCursorPosition(doc, b.path, id)
        if (at < length && A.getCursor(doc, b.path, at) === id) live.push({ at, id })
      }
      if (live.length === 0) return []
      const runs = groupRuns(live.map((e) => e.at))
      const seq = runs.flatMap(([start, end]) => b.model.readSeq(start, end))
      const ids = live.map((e) => e.id)
      ops = runs.reverse().map(([start, end]): Op => ({ t: 'splice', at: start, del: end - start, text: '' }))
      result = () => [{ k: 'insert', seq, ids }]
    } else if (step.k === 'insert') {
      // each element goes back where it was: a deleted element's cursor still resolves to its place
      const doc = b.doc() as A.Doc<unknown>
      const items = splitSeq(step.seq)
      if (items.length !== step.ids.length) return []
      const groups: Array<{ at: number; items: SeqItem[] }> = []
      items.forEach((item, i) => {
        const at = A.getCursorPosition(doc, b.path, this.resolve(step.ids[i]!))
        const last = groups[groups.length - 1]
        if (last && last.at === at) last.items.push(item)
        else groups.push({ at, items: [item] })
      })
      ops = [...groups].reverse().flatMap((g) => insertOps(g.at, joinSeq(g.items)))
      result = (after) => {
        const fresh: A.Cursor[] = []
        let shift = 0
        for (const g of groups) {
          fresh.push(...this.ids(after, g.at + shift, g.at + shift + g.items.length))
          shift += g.items.length
        }
        step.ids.forEach((old, i) => this.moved.set(this.resolve(old), fresh[i]!))
        return [{ k: 'delete', ids: fresh }]
      }
    } else if (step.k === 'mark') {
      const start = pos(step.from)
      const end = pos(step.last) + 1
      if (end <= start) return []
      const olds = b.model.readSeq(start, end)
      ops = [{ t: 'mark', start, end, name: step.name, value: step.value }]
      result = (doc) => {
        const out: Inverse[] = []
        let p = start
        for (const item of olds) {
          const len = item.kind === 'marker' ? 1 : item.run.text.length
          if (item.kind === 'text')
            out.push({ k: 'mark', from: A.getCursor(doc, b.path, p), last: A.getCursor(doc, b.path, p + len - 1), name: step.name, value: item.run.marks[step.name] ?? null })
          p += len
        }
        return out
      }
    } else {
      const at = pos(step.at)
      const marker = b.model.markerAt(at)
      if (!marker) return []
      ops = [{ t: 'spec', at, from: marker.spec, to: step.spec }]
      const old = marker.spec
      result = (doc) => [{ k: 'spec', at: A.getCursor(doc, b.path, at), spec: old }]
    }
    b.changeDoc(ops, { reflect: true })
    return result(b.doc() as A.Doc<unknown>)
  }
}

/** A burst of typing longer than this becomes several undo steps. */
const MAX_GROUP = 200

/** [start, end) runs of consecutive positions, in order. */
function groupRuns(positions: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  for (const at of positions) {
    const last = runs[runs.length - 1]
    if (last && last[1] === at) last[1] = at + 1
    else runs.push([at, at + 1])
  }
  return runs
}

/** One sequence item per element (UTF-16 code unit or marker), so each can go back to its own place. */
function splitSeq(seq: readonly SeqItem[]): SeqItem[] {
  const out: SeqItem[] = []
  for (const item of seq) {
    if (item.kind === 'marker') out.push(item)
    else for (let u = 0; u < item.run.text.length; u++) out.push({ kind: 'text', run: { ...item.run, text: item.run.text[u]! } })
  }
  return out
}

/** Neighbouring text with equal marks joined again (a surrogate pair must be inserted whole). */
function joinSeq(items: readonly SeqItem[]): SeqItem[] {
  const out: SeqItem[] = []
  for (const item of items) {
    const last = out[out.length - 1]
    if (item.kind === 'text' && last?.kind === 'text' && last.run.mk === item.run.mk)
      out[out.length - 1] = { kind: 'text', run: { ...last.run, text: last.run.text + item.run.text } }
    else out.push(item)
  }
  return out
}

/** Operations re-inserting a sequence at `at`, with exactly its marks. */
export function insertOps(at: number, seq: readonly SeqItem[]): Op[] {
  const ops: Op[] = []
  let p = at
  for (const item of seq) {
    if (item.kind === 'marker') {
      ops.push({ t: 'split', at: p, spec: item.spec })
      p += 1
      continue
    }
    ops.push({ t: 'splice', at: p, del: 0, text: item.run.text })
    for (const name of MARK_NAMES) {
      const value = item.run.marks[name] ?? null
      ops.push({ t: 'mark', start: p, end: p + item.run.text.length, name, value })
    }
    p += item.run.text.length
  }
  return ops
}
