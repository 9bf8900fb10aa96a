import { ImmutableString } from '@automerge/automerge'
import type { Path, Scrubber } from './scrubValue'

/** Whether a document value (read as plain values) still holds anything the purge takes out. */
export function holdsTrace(value: unknown, scrub: Scrubber, path: Path = []): boolean {
  if (typeof value === 'string') return scrub.text(value, path) !== value
  if (value instanceof ImmutableString) return scrub.isPurged(value.val) || scrub.text(value.val) !== value.val
  if (value === null || typeof value !== 'object' || value instanceof Date || value instanceof Uint8Array) return false
  if (Array.isArray(value)) return value.some((item, i) => holdsTrace(item, scrub, [...path, i]))
  return Object.entries(value).some(([key, item]) => scrub.dropsKey(key) || holdsTrace(item, scrub, [...path, key]))
}
