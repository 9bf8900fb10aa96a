import * as A from '@automerge/automerge'
import { expandFor, markerForSplit, specToMarker, type BlockSpec } from './schema'
import type { Op } from './diff'

type Backend = {
  getWithType(obj: string, prop: A.Prop): [string, unknown] | null
  put(obj: string, prop: A.Prop, value: A.ScalarValue): void
  putObject(obj: string, prop: A.Prop, value: unknown): string
  insert(obj: string, index: number, value: A.ScalarValue): void
  delete(obj: string, prop: A.Prop): void
}

/** Applies operations inside an Automerge change callback, in order. */
export function applyOps(doc: A.Doc<unknown>, path: A.Prop[], ops: readonly Op[]): void {
  for (const op of ops) {
    switch (op.t) {
      case 'splice':
        A.splice(doc, path, op.at, op.del, op.text)
        break
      case 'split':
        A.splitBlock(doc, path, op.at, markerForSplit(op.spec))
        break
      case 'mark':
        if (op.value === null) A.unmark(doc, path, { start: op.start, end: op.end, expand: expandFor(op.name) }, op.name)
        else A.mark(doc, path, { start: op.start, end: op.end, expand: expandFor(op.name) }, op.name, op.value as A.MarkValue)
        break
      case 'spec':
        setMarker(doc, path, op.at, op.from, op.to)
        break
    }
  }
}

function objId(h: Backend, parent: string, prop: A.Prop): string | null {
  const got = h.getWithType(parent, prop)
  return got && typeof got[1] === 'string' && ['map', 'list', 'text'].includes(got[0]) ? got[1] : null
}

/**
 * Rewrites a block marker's fields in place, touching only those that differ.
 * `updateBlock` would delete and re-insert the marker, so two peers retyping
 * one block would end up with two blocks; here concurrent changes to `type`
 * (a scalar) or `parents` (replaced as a whole) resolve to one winner.
 */
function setMarker(doc: A.Doc<unknown>, path: A.Prop[], at: number, from: BlockSpec, to: BlockSpec): void {
  const h = A.getBackend(doc) as unknown as Backend
  let obj = '_root'
  for (const prop of path) {
    const next = objId(h, obj, prop)
    if (!next) return
    obj = next
  }
  const marker = objId(h, obj, at)
  if (!marker) return
  const a = specToMarker(from)
  const b = specToMarker(to)
  if (a.type !== b.type) h.put(marker, 'type', b.type)
  if (a.parents.join('/') !== b.parents.join('/')) {
    const list = h.putObject(marker, 'parents', [])
    b.parents.forEach((p, i) => h.insert(list, i, p))
  }
  let attrs = objId(h, marker, 'attrs')
  if (!attrs) attrs = h.putObject(marker, 'attrs', {})
  for (const key of new Set([...Object.keys(a.attrs), ...Object.keys(b.attrs)])) {
    const value = b.attrs[key]
    if (value === undefined) h.delete(attrs, key)
    else if (value !== a.attrs[key]) h.put(attrs, key, value)
  }
  if (!!a.isEmbed !== !!b.isEmbed) h.put(marker, 'isEmbed', !!b.isEmbed)
}
