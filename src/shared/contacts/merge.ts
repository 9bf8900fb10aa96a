import { ImmutableString } from '@automerge/automerge'
import { scalar, str, strs, type Scalar } from '../notebook/scalar'
import { CONTACT_LIST_FIELDS, CONTACT_SCALAR_FIELDS, type ContactDoc, type ContactScalarField } from './contact'
import { LOG_KEY } from './interactions'
import { LEVEL_KEY } from './levels'

/**
 * Merging contacts leaves the merged-away record in place with a redirect (`mergedInto`) and
 * a snapshot of its values at the merge (`mergedValues`). A device that had not seen the
 * merge may still edit the old record; when those edits arrive, `foldInto` carries them
 * forward: new log and level entries, new phones and tags, and any value that differs from
 * the snapshot (edited after the merge) replaces the survivor's.
 */
export interface MergedDoc {
  mergedInto?: Scalar
  mergedAt?: number
  mergedValues?: Partial<Record<ContactScalarField, Scalar>>
}

type Stored = ContactDoc & MergedDoc

/** A deep copy of a value read from one document (or another place in it), fit to be written into a document. */
export function copy<T>(value: T): T {
  if (value instanceof ImmutableString) return scalar(value.val) as T
  if (Array.isArray(value)) return value.map(copy) as T
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) as T
  return value
}

const isEntryKey = (key: string): boolean => key.startsWith(LOG_KEY) || key.startsWith(LEVEL_KEY)

/**
 * Folds `source` into `target` (a record inside a change). Idempotent: folding the same
 * source again writes nothing. Returns whether anything was written.
 */
export function foldInto(target: Stored, source: Readonly<Stored>, now: number): boolean {
  let changed = false
  const snapshot = source.mergedValues
  for (const field of CONTACT_SCALAR_FIELDS) {
    const value = str(source[field])
    if (!value || value === str(target[field])) continue
    const editedSinceMerge = snapshot !== undefined && value !== str(snapshot[field])
    if (!str(target[field]) || editedSinceMerge) {
      target[field] = scalar(value)
      changed = true
    }
  }
  for (const field of CONTACT_LIST_FIELDS) {
    const have = strs(target[field])
    const extra = strs(source[field]).filter((v) => !have.includes(v))
    if (extra.length) {
      target[field] = [...have, ...extra].map(scalar)
      changed = true
    }
  }
  for (const field of ['notes', 'howMet'] as const) {
    const text = str(source[field]).trim()
    if (!text || str(target[field]).includes(text)) continue
    target[field] = str(target[field]) ? `${str(target[field])}\n\n${text}` : text
    changed = true
  }
  // Consent is the most careful of the two: a "no texts" on either record stands.
  if (source.consent) {
    const was = target.consent ?? { call: true, text: true, visit: true }
    const next = { call: was.call && source.consent.call, text: was.text && source.consent.text, visit: was.visit && source.consent.visit }
    if (!target.consent || next.call !== was.call || next.text !== was.text || next.visit !== was.visit) {
      target.consent = next
      changed = true
    }
  }
  for (const key of Object.keys(source) as (keyof Stored & string)[]) {
    if (isEntryKey(key) && !(key in target)) {
      ;(target as unknown as Record<string, unknown>)[key] = copy(source[key])
      changed = true
    }
  }
  if (source.createdAt < target.createdAt) {
    target.createdAt = source.createdAt
    changed = true
  }
  if (changed) target.updatedAt = now
  return changed
}

/** Marks a record as merged into another, remembering its values as they were folded. */
export function markMerged(record: Stored, intoId: string, now: number): void {
  record.mergedInto = scalar(intoId)
  record.mergedAt = now
  noteFolded(record)
  record.updatedAt = now
}

/** After a late fold: the record's current values are the ones carried forward. */
export function noteFolded(record: Stored): void {
  const values: Partial<Record<ContactScalarField, Scalar>> = {}
  for (const field of CONTACT_SCALAR_FIELDS) if (str(record[field])) values[field] = scalar(str(record[field]))
  const old = record.mergedValues
  const same = old !== undefined && CONTACT_SCALAR_FIELDS.every((f) => str(old[f]) === str(values[f]))
  if (!same) record.mergedValues = values
}

/**
 * Where a contact id now lives: the end of its redirect chain. Two devices merging a pair in
 * opposite directions make a cycle; every device then picks its smallest id as the survivor.
 */
export function resolveMerged(id: string, mergedInto: (id: string) => string): string {
  const seen: string[] = []
  let current = id
  while (!seen.includes(current)) {
    seen.push(current)
    const next = mergedInto(current)
    if (!next) return current
    current = next
  }
  const cycle = seen.slice(seen.indexOf(current))
  return cycle.reduce((min, x) => (x < min ? x : min))
}
