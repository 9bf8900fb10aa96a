import type * as A from '@automerge/automerge'
import { cleanMarks, MARK_NAMES, type BlockSpec, type MarkName, type Marks, specKey } from './schema'
import type { Run } from './runs'

/** A block of the region being diffed: either as mirrored (old) or as Lexical now shows it (new). */
export interface RegionBlock {
  key: string
  implicit: boolean
  spec: BlockSpec
  runs: Run[]
}

/** Content as a sequence: text runs and block markers. Used for deletions (undo) and insertions. */
export type SeqItem = { kind: 'text'; run: Run } | { kind: 'marker'; spec: BlockSpec }

/** Operations on the Automerge text, positions counted in its sequence (markers included). */
export type Op =
  | { t: 'splice'; at: number; del: number; text: string; deleted?: SeqItem[]; want?: Marks[] }
  | { t: 'split'; at: number; spec: BlockSpec }
  | { t: 'mark'; start: number; end: number; name: MarkName; value: A.ScalarValue | null; before?: A.ScalarValue | null }
  | { t: 'spec'; at: number; from: BlockSpec; to: BlockSpec }

/** Flattened region: one entry per sequence element. Markers have id "\0" + block key. */
interface Flat {
  ids: string[]
  mks: string[]
  marks: Marks[]
  specs: Map<number, BlockSpec>
}

const NONE: Marks = {}

function flatten(blocks: readonly RegionBlock[]): Flat {
  const flat: Flat = { ids: [], mks: [], marks: [], specs: new Map() }
  for (const b of blocks) {
    if (!b.implicit) {
      flat.specs.set(flat.ids.length, b.spec)
      flat.ids.push('\0' + b.key)
      flat.mks.push('')
      flat.marks.push(NONE)
    }
    for (const run of b.runs) {
      // code units, as Automerge and Lexical count
      for (let u = 0; u < run.text.length; u++) {
        flat.ids.push(run.text[u]!)
        flat.mks.push(run.mk)
        flat.marks.push(run.marks)
      }
    }
  }
  return flat
}

const isHighSurrogate = (id: string): boolean => id.length === 1 && id.charCodeAt(0) >= 0xd800 && id.charCodeAt(0) < 0xdc00
const isLowSurrogate = (id: string): boolean => id.length === 1 && id.charCodeAt(0) >= 0xdc00 && id.charCodeAt(0) < 0xe000
const isMarker = (id: string): boolean => id.charCodeAt(0) === 0 && id.length > 1

/**
 * Turns an edit of a contiguous region into Automerge operations: the longest
 * common prefix and suffix are kept (so Enter and Backspace keep the identity
 * of the characters they move), the middle is deleted and re-inserted, and
 * mark and block-type changes are applied in place.
 */
export function diffRegion(oldBlocks: readonly RegionBlock[], newBlocks: readonly RegionBlock[], base: number): Op[] {
  const o = flatten(oldBlocks)
  const n = flatten(newBlocks)
  const oLen = o.ids.length
  const nLen = n.ids.length
  let p = 0
  while (p < oLen && p < nLen && o.ids[p] === n.ids[p]) p++
  if (p > 0 && isHighSurrogate(o.ids[p - 1]!)) p--
  let s = 0
  while (s < oLen - p && s < nLen - p && o.ids[oLen - 1 - s] === n.ids[nLen - 1 - s]) s++
  if (s > 0 && isLowSurrogate(o.ids[oLen - s]!)) s--
  const ops: Op[] = []
  markDiff(o, n, 0, 0, p, base, ops)
  const delEnd = oLen - s
  if (delEnd > p) ops.push({ t: 'splice', at: base + p, del: delEnd - p, text: '', deleted: toSeq(o, p, delEnd) })
  const insEnd = nLen - s
  let k = p
  while (k < insEnd) {
    if (isMarker(n.ids[k]!)) {
      ops.push({ t: 'split', at: base + k, spec: n.specs.get(k)! })
      k++
      continue
    }
    let e = k
    while (e < insEnd && !isMarker(n.ids[e]!)) e++
    // the marks the text should have: it inherits them from the document (see inheritedMarkFixes)
    ops.push({ t: 'splice', at: base + k, del: 0, text: n.ids.slice(k, e).join(''), want: n.marks.slice(k, e) })
    k = e
  }
  markDiff(o, n, delEnd, insEnd, s, base, ops)
  for (const [idx, spec] of n.specs) {
    const inKept = idx < p || idx >= insEnd
    if (!inKept) continue
    const oldIdx = idx < p ? idx : idx - insEnd + delEnd
    const before = o.specs.get(oldIdx)
    if (before && specKey(before) !== specKey(spec)) ops.push({ t: 'spec', at: base + idx, from: before, to: spec })
  }
  return ops
}

/** Mark changes over kept elements: old[oFrom..+len) against new[nFrom..+len). */
function markDiff(o: Flat, n: Flat, oFrom: number, nFrom: number, len: number, base: number, ops: Op[]): void {
  for (const name of MARK_NAMES) {
    let runStart = -1
    let runValue: A.ScalarValue | null = null
    let runBefore: A.ScalarValue | null = null
    const flush = (end: number): void => {
      if (runStart >= 0)
        ops.push({ t: 'mark', start: base + nFrom + runStart, end: base + nFrom + end, name, value: runValue, before: runBefore })
      runStart = -1
    }
    for (let i = 0; i < len; i++) {
      if (o.mks[oFrom + i] === n.mks[nFrom + i]) {
        flush(i)
        continue
      }
      const before = o.marks[oFrom + i]![name] ?? null
      const after = n.marks[nFrom + i]![name] ?? null
      if (before === after) flush(i)
      else if (runStart < 0 || runValue !== after || runBefore !== before) {
        flush(i)
        runStart = i
        runValue = after
        runBefore = before
      }
    }
    flush(len)
  }
}

/**
 * Inserted text takes its marks from the document, as Peritext specifies
 * (bold grows at its end, a link does not), so typing writes no mark and a
 * concurrent "remove formatting" still covers it. Only where what Automerge
 * gave (the splice patches' marks) differs from what the editor shows is a
 * mark set or cleared.
 */
export function inheritedMarkFixes(ops: readonly Op[], patches: readonly A.Patch[], path: readonly A.Prop[]): Op[] {
  const got = new Map<number, Marks>()
  for (const patch of patches) {
    if (patch.action !== 'splice' || patch.path.length !== path.length + 1) continue
    const at = patch.path[path.length] as number
    const marks = cleanMarks(patch.marks)
    for (let u = 0; u < patch.value.length; u++) got.set(at + u, marks)
  }
  const fixes: Op[] = []
  for (const op of ops) {
    if (op.t !== 'splice' || !op.want) continue
    const want = op.want
    for (const name of MARK_NAMES) {
      let start = -1
      let value: A.ScalarValue | null = null
      const flush = (end: number): void => {
        if (start >= 0) fixes.push({ t: 'mark', start: op.at + start, end: op.at + end, name, value })
        start = -1
      }
      for (let u = 0; u < want.length; u++) {
        const wanted = want[u]![name] ?? null
        const had = got.get(op.at + u)?.[name] ?? null
        if (wanted === had) flush(u)
        else if (start < 0 || wanted !== value) {
          flush(u)
          start = u
          value = wanted
        }
      }
      flush(want.length)
    }
  }
  return fixes
}

function toSeq(f: Flat, from: number, to: number): SeqItem[] {
  const out: SeqItem[] = []
  for (let i = from; i < to; i++) {
    const id = f.ids[i]!
    if (isMarker(id)) out.push({ kind: 'marker', spec: f.specs.get(i)! })
    else {
      const last = out[out.length - 1]
      if (last?.kind === 'text' && last.run.mk === f.mks[i]) last.run = { ...last.run, text: last.run.text + id }
      else out.push({ kind: 'text', run: { text: id, marks: f.marks[i]!, mk: f.mks[i]! } })
    }
  }
  return out
}
