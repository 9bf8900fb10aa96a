/**
 * Rich-text binding benchmark: replays real editing traces as keystrokes at a
 * caret through a headless Lexical editor bound to Automerge, and compares with
 * raw Automerge splices and with Lexical bound to Yjs by @lexical/yjs.
 */
import * as A from '@automerge/automerge'
import { createHeadlessEditor } from '@lexical/headless'
import { createBinding, syncLexicalUpdateToYjs } from '@lexical/yjs'
import { $createParagraphNode, $getNodeByKey, $getRoot, $setSelection, type ElementNode, type LexicalEditor } from 'lexical'
import * as Y from 'yjs'
import { RichTextBinding } from '../src/shared/richtext/binding'
import { $selectionAt } from '../src/shared/richtext/points'
import { MemorySource } from '../src/shared/richtext/source'
import { emptyDoc, headlessEditor, PATH } from '../src/shared/richtext/testkit'
import { percentile, type Report } from './report'
import { loadTrace, traceName, type Trace } from './traces'

type Patch = [number, number, string]

const cpLength = (s: string): number => {
  let n = 0
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xfc00) !== 0xdc00) n++
  return n
}
const cpToUnit = (s: string, cp: number): number => {
  let units = 0
  for (let seen = 0; seen < cp && units < s.length; seen++) units += (s.charCodeAt(units) & 0xfc00) === 0xd800 ? 2 : 1
  return units
}

/** The text as lines, with a cached walk position: trace positions (code points) → (line, code unit). */
class Lines {
  lines: string[] = ['']
  cps: number[] = [0]
  private li = 0
  private start = 0 // code point index of line li
  length = 0

  locate(pos: number): { line: number; unit: number; cp: number } {
    while (pos < this.start) this.start -= this.cps[--this.li]! + 1
    while (pos > this.start + this.cps[this.li]!) this.start += this.cps[this.li++]! + 1
    const cp = pos - this.start
    return { line: this.li, unit: cpToUnit(this.lines[this.li]!, cp), cp }
  }

  apply(pos: number, del: number, ins: string): void {
    const { line, unit } = this.locate(pos)
    let remaining = del
    while (remaining > 0) {
      const text = this.lines[line]!
      const restCp = cpLength(text.slice(unit))
      if (remaining <= restCp) {
        this.set(line, text.slice(0, unit) + text.slice(unit + cpToUnit(text.slice(unit), remaining)))
        remaining = 0
      } else {
        this.set(line, text.slice(0, unit) + this.lines[line + 1]!)
        this.lines.splice(line + 1, 1)
        this.cps.splice(line + 1, 1)
        remaining -= restCp + 1
      }
    }
    const parts = ins.split('\n')
    const text = this.lines[line]!
    const tail = text.slice(unit)
    this.set(line, text.slice(0, unit) + parts[0])
    for (let k = 1; k < parts.length; k++) {
      this.lines.splice(line + k, 0, '')
      this.cps.splice(line + k, 0, 0)
      this.set(line + k, parts[k]!)
    }
    const last = line + parts.length - 1
    this.set(last, this.lines[last]! + tail)
    this.length += cpLength(ins) - del
    this.li = 0
    this.start = 0
    this.relocate(pos)
  }

  private relocate(pos: number): void {
    // restart the walk near the edit: cheap because edits are local
    this.locate(Math.max(0, pos - 1))
  }

  private set(line: number, text: string): void {
    this.lines[line] = text
    this.cps[line] = cpLength(text)
  }
}

/** Applies one trace patch to a Lexical editor as a user at a caret would: select, delete, type, Enter. */
function keystroke(editor: LexicalEditor, lines: Lines, [pos, del, ins]: Patch): void {
  const from = lines.locate(pos)
  const to = del > 0 ? lines.locate(pos + del) : from
  const cache = blockKeys.get(editor) ?? { keys: null }
  blockKeys.set(editor, cache)
  editor.update(
    () => {
      // the driver finds a line's block by key; it lists the root only after Enter or a join
      const keys = (cache.keys ??= $getRoot().getChildrenKeys())
      const at = (p: { line: number; unit: number }) => ({ block: $getNodeByKey(keys[p.line]!) as ElementNode, offset: p.unit })
      const selection = $selectionAt(at(from), at(to))
      $setSelection(selection)
      if (del > 0) selection.removeText()
      ins.split('\n').forEach((part, i) => {
        if (i > 0) selection.insertParagraph()
        if (part) selection.insertText(part)
      })
    },
    { discrete: true },
  )
  if (ins.includes('\n') || from.line !== to.line) cache.keys = null
  lines.apply(pos, del, ins)
}

const blockKeys = new WeakMap<LexicalEditor, { keys: string[] | null }>()

const patchesOf = (trace: Trace, limit: number): Patch[] => trace.txns.flatMap((t) => t.patches).slice(0, limit)

interface Replay {
  total: number
  samples: Float64Array
  lengths: Int32Array
}

function replayLexical(editor: LexicalEditor, patches: Patch[], after?: (i: number, lines: Lines) => void): Replay {
  const lines = new Lines()
  const samples = new Float64Array(patches.length)
  const lengths = new Int32Array(patches.length)
  const start = performance.now()
  for (let i = 0; i < patches.length; i++) {
    const t0 = performance.now()
    keystroke(editor, lines, patches[i]!)
    samples[i] = performance.now() - t0
    lengths[i] = lines.length
    after?.(i, lines)
  }
  return { total: performance.now() - start, samples, lengths }
}

const BASE = emptyDoc('00')

function automergeEditor(actor = 'aa'): { editor: LexicalEditor; source: MemorySource<{ body: string }>; binding: RichTextBinding<{ body: string }> } {
  const editor = headlessEditor()
  const source = new MemorySource(A.clone(BASE, { actor }))
  return { editor, source, binding: new RichTextBinding(editor, source, PATH) }
}

function yjsEditor(): LexicalEditor {
  const editor = createHeadlessEditor({ nodes: [], onError: (e) => { throw e } })
  const doc = new Y.Doc()
  const provider = {
    awareness: { getLocalState: () => null, getStates: () => new Map(), setLocalState() {}, on() {}, off() {} },
    connect() {},
    disconnect() {},
    on() {},
    off() {},
  }
  const binding = createBinding(editor, provider as never, 'bench', doc, new Map([['bench', doc]]))
  editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) =>
    syncLexicalUpdateToYjs(binding, provider as never, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags),
  )
  editor.update(() => $getRoot().append($createParagraphNode()), { discrete: true })
  return editor
}

function replayRaw(patches: Patch[]): { total: number } {
  let doc = A.from<{ text: string }>({ text: '' }, { actor: 'bb' })
  const lines = new Lines()
  let total = 0
  for (const [pos, del, ins] of patches) {
    // code points → code units via the line table, outside the timed region
    const { line, unit } = lines.locate(pos)
    let index = unit + line
    for (let l = 0; l < line; l++) index += lines.lines[l]!.length
    const end = del > 0 ? lines.locate(pos + del) : null
    let delUnits = 0
    if (end) {
      delUnits = end.unit + end.line - index
      for (let l = 0; l < end.line; l++) delUnits += lines.lines[l]!.length
    }
    const t0 = performance.now()
    doc = A.change(doc, (d) => A.splice(d, ['text'], index, delUnits, ins))
    total += performance.now() - t0
    lines.apply(pos, del, ins)
  }
  return { total }
}

const docText = (doc: A.Doc<unknown>): string =>
  A.spans(doc, PATH)
    .map((s) => (s.type === 'block' ? '\n' : s.value))
    .join('')
    .slice(1)

function window(r: Replay, center: number): number[] {
  const out: number[] = []
  for (let i = 0; i < r.samples.length; i++) if (Math.abs(r.lengths[i]! - center) <= center * 0.1) out.push(r.samples[i]!)
  return out
}

async function sequential(report: Report, name: string, quick: boolean): Promise<void> {
  const trace = loadTrace(name)
  const label = traceName(name)
  const patches = patchesOf(trace, quick ? 40_000 : Infinity)
  const am = automergeEditor()
  // remote-apply probe: a second bound editor receives each change while the document is near 20k characters;
  // listeners registered before and after the binding's own time exactly what the binding adds
  const remote = { source: null as MemorySource<{ body: string }> | null, binding: [] as number[], total: [] as number[] }
  const probe = (_i: number, lines: Lines): void => {
    if (lines.length < 20_000 || remote.binding.length >= 500) return
    if (!remote.source) {
      const source = new MemorySource(A.clone(am.source.doc(), { actor: 'cc' }))
      let start = 0
      source.on('change', () => (start = performance.now()))
      new RichTextBinding(headlessEditor(), source, PATH)
      source.on('change', () => remote.binding.push(performance.now() - start))
      remote.source = source
      return
    }
    const changes = A.getChanges(remote.source.doc(), am.source.doc())
    const t0 = performance.now()
    remote.source.applyChanges(changes)
    remote.total.push(performance.now() - t0)
  }
  const lexAm = replayLexical(am.editor, patches, probe)
  const expected = quick ? null : trace.endContent
  const text = docText(am.source.doc())
  if (expected !== null && text !== expected) console.warn(`${label}: Lexical+Automerge result differs from endContent`)
  const raw = replayRaw(patches)
  const yjs = replayLexical(yjsEditor(), patches)
  const tag = `${label}${quick ? '-quick' : ''}`
  for (const center of [5_000, 20_000, 50_000, 100_000]) {
    const samples = window(lexAm, center)
    if (samples.length < 50) continue
    const k = `${center / 1000}k`
    report({ figure: `richtext-keystroke-p50-${k}-${tag}`, value: percentile(samples, 50), unit: 'ms' })
    report({ figure: `richtext-keystroke-p99-${k}-${tag}`, value: percentile(samples, 99), unit: 'ms', ...(center === 20_000 ? { target: 8 } : {}) })
    const ys = window(yjs, center)
    report({ figure: `richtext-yjs-keystroke-p50-${k}-${tag}`, value: percentile(ys, 50), unit: 'ms' })
  }
  report({ figure: `richtext-replay-total-${tag}`, value: lexAm.total, unit: 'ms', note: `${patches.length} keystrokes, final ${text.length} chars` })
  report({ figure: `richtext-raw-automerge-total-${tag}`, value: raw.total, unit: 'ms' })
  report({ figure: `richtext-lexical-yjs-total-${tag}`, value: yjs.total, unit: 'ms' })
  report({ figure: `richtext-replay-vs-raw-automerge-${tag}`, value: lexAm.total / raw.total, unit: 'x', target: 3 })
  report({ figure: `richtext-replay-vs-lexical-yjs-${tag}`, value: lexAm.total / yjs.total, unit: 'x', target: 1 })
  if (remote.binding.length > 0) {
    const own = remote.total.map((t, i) => t - (remote.binding[i] ?? 0))
    report({ figure: `richtext-remote-keystroke-binding-p50-20k-${tag}`, value: percentile(remote.binding, 50), unit: 'ms' })
    report({ figure: `richtext-remote-keystroke-binding-p99-20k-${tag}`, value: percentile(remote.binding, 99), unit: 'ms', target: 2, note: `automerge's own applyChanges+patches p50 ${percentile(own, 50).toFixed(2)} ms, p99 ${percentile(own, 99).toFixed(2)} ms` })
  }
  am.binding.destroy()
}

/** The concurrent trace: two agents, each with its own bound editor, see exactly their txn's parents. */
async function concurrent(report: Report, quick: boolean): Promise<void> {
  const trace = loadTrace('friendsforever')
  const txns = trace.txns.slice(0, quick ? 8_000 : Infinity)
  const agents = [automergeEditor('a0'), automergeEditor('a1')]
  const lines = [new Lines(), new Lines()]
  const changes: A.Change[][] = []
  const delivered = [new Set<number>(), new Set<number>()]
  const start = performance.now()
  txns.forEach((txn, i) => {
    const a = txn.agent ?? 0
    const agent = agents[a]!
    const missing: number[] = []
    const stack = [...(txn.parents ?? [])]
    while (stack.length > 0) {
      const p = stack.pop()!
      if (delivered[a]!.has(p)) continue
      delivered[a]!.add(p)
      missing.push(p)
      stack.push(...(txns[p]!.parents ?? []))
    }
    missing.sort((x, y) => x - y)
    const incoming = missing.filter((p) => (txns[p]!.agent ?? 0) !== a).flatMap((p) => changes[p]!)
    if (incoming.length > 0) {
      agent.source.applyChanges(incoming)
      lines[a] = linesOf(docText(agent.source.doc()))
      blockKeys.delete(agent.editor)
    }
    const before = agent.source.doc()
    for (const patch of txn.patches) keystroke(agent.editor, lines[a]!, patch)
    changes[i] = A.getChanges(before, agent.source.doc())
    delivered[a]!.add(i)
  })
  agents[0]!.source.merge(agents[1]!.source.doc())
  agents[1]!.source.merge(agents[0]!.source.doc())
  const total = performance.now() - start
  const text = docText(agents[0]!.source.doc())
  const same = text === docText(agents[1]!.source.doc())
  const ok = same && (quick || text === trace.endContent)
  report({ figure: `richtext-friendsforever-merged${quick ? '-quick' : ''}`, value: ok ? 1 : 0, unit: 'matches endContent', target: 1, higherIsBetter: true, note: `${txns.length} txns in ${total.toFixed(0)} ms` })
}

function linesOf(text: string): Lines {
  const l = new Lines()
  l.lines = text.split('\n')
  l.cps = l.lines.map(cpLength)
  l.length = l.cps.reduce((n, c) => n + c, 0) + l.lines.length - 1
  return l
}

export const internals = { loadTrace, patchesOf, replayLexical, automergeEditor, sequential, concurrent }

/** Replays the reference traces, or only the files given with `--trace FILE` (sequential replay). */
export async function run(report: Report, opts: { quick?: boolean; traces?: string[] }): Promise<void> {
  const quick = opts.quick === true
  if (opts.traces?.length) {
    for (const file of opts.traces) await sequential(report, file, quick)
    return
  }
  await sequential(report, 'automerge-paper', quick)
  await sequential(report, 'seph-blog1', quick)
  await concurrent(report, quick)
}
