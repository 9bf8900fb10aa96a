import { cleanMarks, marksKey, type MarkName, type Marks } from './schema'
import type * as A from '@automerge/automerge'

/** A stretch of text carrying one set of marks; `mk` is marksKey(marks). */
export interface Run {
  text: string
  marks: Marks
  mk: string
}

export const makeRun = (text: string, marks: Marks): Run => ({ text, marks, mk: marksKey(marks) })

export const runsLength = (runs: readonly Run[]): number => runs.reduce((n, r) => n + r.text.length, 0)

export const runsText = (runs: readonly Run[]): string => runs.map((r) => r.text).join('')

/** Merges neighbours with equal marks and drops empty runs. */
export function normalizeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = []
  for (const run of runs) {
    if (run.text === '') continue
    const last = out[out.length - 1]
    if (last && last.mk === run.mk) out[out.length - 1] = { ...last, text: last.text + run.text }
    else out.push(run)
  }
  return out
}

export function sliceRuns(runs: readonly Run[], from: number, to: number): Run[] {
  const out: Run[] = []
  let pos = 0
  for (const run of runs) {
    const end = pos + run.text.length
    if (end > from && pos < to) out.push({ ...run, text: run.text.slice(Math.max(0, from - pos), Math.min(run.text.length, to - pos)) })
    pos = end
    if (pos >= to) break
  }
  return out
}

export function spliceRuns(runs: readonly Run[], at: number, del: number, insert: readonly Run[]): Run[] {
  return normalizeRuns([...sliceRuns(runs, 0, at), ...insert, ...sliceRuns(runs, at + del, Infinity)])
}

/** Sets (value) or clears (null) one mark over [from, to). */
export function markRuns(runs: readonly Run[], from: number, to: number, name: MarkName, value: A.ScalarValue | null): Run[] {
  if (from >= to) return [...runs]
  const middle = sliceRuns(runs, from, to).map((r) => {
    const marks: Record<string, unknown> = { ...r.marks }
    if (value === null || value === false) delete marks[name]
    else marks[name] = value
    const clean = cleanMarks(marks)
    return makeRun(r.text, clean)
  })
  return normalizeRuns([...sliceRuns(runs, 0, from), ...middle, ...sliceRuns(runs, to, Infinity)])
}

export const runsEqual = (a: readonly Run[], b: readonly Run[]): boolean =>
  a.length === b.length && a.every((r, i) => r.text === b[i]!.text && r.mk === b[i]!.mk)
