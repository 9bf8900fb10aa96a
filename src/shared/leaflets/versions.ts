import * as A from '@automerge/automerge'
import { diffWords } from 'diff'
import { newId } from '../ids'
import { scalar, str, type Scalar } from '../notebook/scalar'
import { plainText } from '../richtext/plainText'
import { expandFor, MARK_NAMES, type MarkName } from '../richtext/schema'
import { LEAFLET_TEXT_FIELDS, type LeafletDoc } from './leaflet'

/**
 * Named versions of a leaflet ("sent to print 3 May"): the document's heads at that moment,
 * one `version:<id>` key each. Nothing is copied: Automerge keeps the history, so a version
 * is read with `A.view` and restored as a new change on top of now.
 */
export interface VersionDoc {
  name: Scalar
  heads: Scalar[]
  at: number
}

export interface LeafletVersion {
  id: string
  name: string
  heads: A.Heads
  at: number
}

type VersionKey = `version:${string}`

export function listVersions(doc: object): LeafletVersion[] {
  return Object.entries(doc)
    .filter(([key, value]) => key.startsWith('version:') && value)
    .map(([key, value]) => {
      const v = value as VersionDoc
      return { id: key.slice(8), name: str(v.name), heads: (v.heads ?? []).map(str), at: v.at ?? 0 }
    })
    .sort((a, b) => b.at - a.at || a.id.localeCompare(b.id))
}

/** Names the leaflet as it is at `heads` (call inside a change, with the heads read before it). Returns the version id. */
export function nameVersion(doc: LeafletDoc, name: string, heads: A.Heads, now: number): string {
  const clean = name.trim().replace(/\s+/g, ' ')
  if (!clean) throw new Error('A version needs a name, e.g. “sent to print 3 May”')
  if (heads.length === 0) throw new Error('There is nothing to name yet')
  const id = newId()
  ;(doc as unknown as Record<VersionKey, VersionDoc>)[`version:${id}`] = { name: scalar(clean), heads: heads.map(scalar), at: now }
  return id
}

/** The leaflet as it was at a version, read-only. */
export function leafletAt(doc: A.Doc<LeafletDoc>, heads: A.Heads): A.Doc<LeafletDoc> {
  return A.view(doc, heads)
}

const EXPAND: Record<MarkName, 'after' | 'none'> = Object.fromEntries(MARK_NAMES.map((m) => [m, expandFor(m)])) as Record<MarkName, 'after' | 'none'>

/**
 * Brings the leaflet's title and text (blocks and marks included) back to how they were
 * at `heads`, as an ordinary new change: history keeps everything, and restoring the
 * version named just before undoes the restore. Returns the mutation to run in a change.
 */
export function restoreVersion(current: A.Doc<LeafletDoc>, heads: A.Heads, now: number): (doc: LeafletDoc) => void {
  const then = A.view(current, heads)
  const fields = LEAFLET_TEXT_FIELDS.filter((field) => typeof then[field] === 'string')
  const spans = fields.map((field) => [field, A.spans(then, [field])] as const)
  const title = str(then.title)
  return (doc) => {
    for (const [field, target] of spans) {
      if (typeof doc[field] !== 'string') doc[field] = ''
      A.updateSpans(doc, [field], target, { defaultExpand: 'after', perMarkExpand: EXPAND })
    }
    if (title && str(doc.title) !== title) doc.title = scalar(title)
    doc.updatedAt = now
  }
}

export interface DiffPart {
  kind: 'same' | 'added' | 'removed'
  text: string
}

/** A word diff of the leaflet's text between a version and now, for people to read. */
export function diffVersions(then: A.Doc<LeafletDoc>, now: A.Doc<LeafletDoc>): DiffPart[] {
  const text = (doc: A.Doc<LeafletDoc>): string => LEAFLET_TEXT_FIELDS.map((field) => plainText(doc[field])).filter(Boolean).join('\n\n')
  return diffWords(text(then), text(now)).map((part) => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }))
}
