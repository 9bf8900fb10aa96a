import * as A from '@automerge/automerge'
import { markerToSpec, PARAGRAPH, type BlockSpec, cleanMarks, type MarkName } from './schema'
import { makeRun, markRuns, normalizeRuns, runsLength, sliceRuns, spliceRuns, type Run } from './runs'
import type { SeqItem } from './diff'

/**
 * One block of the mirrored Automerge text: its marker (absent for text that
 * precedes the first marker) and its text. `key` is the Lexical node showing it.
 */
export interface ModelBlock {
  key: string | null
  implicit: boolean
  spec: BlockSpec
  runs: Run[]
  len: number
  dirty: boolean
  specDirty: boolean
}

export const newBlock = (spec: BlockSpec, runs: Run[], implicit = false, key: string | null = null): ModelBlock => ({
  key,
  implicit,
  spec,
  runs,
  len: runsLength(runs),
  dirty: true,
  specDirty: false,
})

export const blockSize = (b: ModelBlock): number => (b.implicit ? 0 : 1) + b.len

/** Builds the mirror from the document once, at bind time. */
export function modelFromDoc(doc: A.Doc<unknown>, path: A.Prop[]): ModelBlock[] {
  const blocks: ModelBlock[] = []
  for (const span of A.spans(doc, path)) {
    if (span.type === 'block') blocks.push(newBlock(markerToSpec(span.value), []))
    else {
      if (blocks.length === 0) blocks.push(newBlock(PARAGRAPH, [], true))
      const last = blocks[blocks.length - 1]!
      last.runs = normalizeRuns([...last.runs, makeRun(span.value, cleanMarks(span.marks))])
      last.len = runsLength(last.runs)
    }
  }
  if (blocks.length === 0) blocks.push(newBlock(PARAGRAPH, [], true))
  return blocks
}

/** The mirror plus the bookkeeping needed to apply remote patches to it. */
export class TextModel {
  removed: ModelBlock[] = []

  constructor(public blocks: ModelBlock[]) {}

  start(i: number): number {
    let pos = 0
    for (let k = 0; k < i; k++) pos += blockSize(this.blocks[k]!)
    return pos
  }

  /** Lexical key → block index. A cache checked on every read, so a stale entry only costs a rebuild. */
  private keyIndex = new Map<string, number>()

  indexOfKey(key: string): number {
    const cached = this.keyIndex.get(key)
    if (cached !== undefined && this.blocks[cached]?.key === key) return cached
    this.keyIndex.clear()
    this.blocks.forEach((b, i) => b.key && this.keyIndex.set(b.key, i))
    return this.keyIndex.get(key) ?? -1
  }

  /** The block whose text an insertion at sequence index `index` lands in, or -1 (before the first marker). */
  textBlockAt(index: number): { i: number; offset: number } {
    let pos = 0
    for (let i = 0; i < this.blocks.length; i++) {
      const b = this.blocks[i]!
      const textStart = pos + (b.implicit ? 0 : 1)
      if (index >= textStart && index <= textStart + b.len) return { i, offset: index - textStart }
      pos += blockSize(b)
    }
    return { i: -1, offset: 0 }
  }

  private touch(b: ModelBlock): void {
    b.dirty = true
    b.len = runsLength(b.runs)
  }

  private leadFor(index: number): { i: number; offset: number } {
    const at = this.textBlockAt(index)
    if (at.i >= 0) return at
    this.blocks.unshift(newBlock(PARAGRAPH, [], true))
    return { i: 0, offset: 0 }
  }

  insertText(index: number, text: string, marks: Record<string, unknown> | undefined): void {
    const { i, offset } = this.leadFor(index)
    const b = this.blocks[i]!
    b.runs = spliceRuns(b.runs, offset, 0, [makeRun(text, cleanMarks(marks))])
    this.touch(b)
  }

  insertMarker(index: number): void {
    const { i, offset } = this.leadFor(index)
    const b = this.blocks[i]!
    const tail = spliceRuns(b.runs, 0, offset, [])
    b.runs = spliceRuns(b.runs, offset, Infinity, [])
    this.touch(b)
    const fresh = newBlock(PARAGRAPH, tail)
    fresh.specDirty = true
    this.blocks.splice(i + 1, 0, fresh)
    this.dropEmptyLead()
  }

  delete(index: number, length: number): void {
    let left = length
    while (left > 0) {
      let pos = 0
      let i = 0
      for (; i < this.blocks.length; i++) {
        const size = blockSize(this.blocks[i]!)
        if (index < pos + size) break
        pos += size
      }
      const b = this.blocks[i]
      if (!b) return
      if (!b.implicit && index === pos) {
        this.removeMarker(i)
        left -= 1
        continue
      }
      const offset = index - pos - (b.implicit ? 0 : 1)
      const n = Math.min(left, b.len - offset)
      b.runs = spliceRuns(b.runs, offset, n, [])
      this.touch(b)
      left -= n
    }
    this.dropEmptyLead()
  }

  private removeMarker(i: number): void {
    const b = this.blocks[i]!
    const prev = this.blocks[i - 1]
    if (!prev) {
      b.implicit = true
      b.spec = PARAGRAPH
      this.touch(b)
      return
    }
    prev.runs = normalizeRuns([...prev.runs, ...b.runs])
    this.touch(prev)
    this.blocks.splice(i, 1)
    this.removed.push(b)
  }

  private dropEmptyLead(): void {
    const lead = this.blocks[0]
    if (lead?.implicit && lead.len === 0 && this.blocks.length > 1) {
      this.blocks.shift()
      this.removed.push(lead)
    }
  }

  /** Sets or clears a mark over a sequence range, skipping markers. */
  mark(start: number, end: number, name: string, value: A.ScalarValue | null): void {
    let pos = 0
    for (const b of this.blocks) {
      const textStart = pos + (b.implicit ? 0 : 1)
      const from = Math.max(start, textStart) - textStart
      const to = Math.min(end, textStart + b.len) - textStart
      if (from < to) {
        b.runs = markRuns(b.runs, from, to, name as MarkName, value)
        this.touch(b)
      }
      pos = textStart + b.len
      if (pos >= end) break
    }
  }

  markerAt(index: number): ModelBlock | undefined {
    let pos = 0
    for (const b of this.blocks) {
      if (!b.implicit && pos === index) return b
      pos += blockSize(b)
      if (pos > index) return undefined
    }
    return undefined
  }

  /** The content of sequence range [start, end): text runs and markers. */
  readSeq(start: number, end: number): SeqItem[] {
    const out: SeqItem[] = []
    let pos = 0
    for (const b of this.blocks) {
      if (pos >= end) break
      if (!b.implicit) {
        if (pos >= start) out.push({ kind: 'marker', spec: b.spec })
        pos++
      }
      const from = Math.max(start, pos) - pos
      const to = Math.min(end, pos + b.len) - pos
      if (from < to) for (const run of sliceRuns(b.runs, from, to)) out.push({ kind: 'text', run })
      pos += b.len
    }
    return out
  }

  /** Re-reads the markers whose fields changed, now that every patch is in. */
  refreshSpecs(doc: A.Doc<unknown>, path: A.Prop[]): void {
    let pos = 0
    for (const b of this.blocks) {
      if (b.specDirty && !b.implicit) {
        b.spec = markerToSpec(A.block(doc, path, pos) as Record<string, unknown> | null)
        b.dirty = true
      }
      b.specDirty = false
      pos += blockSize(b)
    }
  }
}
