import * as A from '@automerge/automerge'
import type { Scrubber } from '../../shared/purge/scrubValue'

/**
 * Whether any change in a document's history wrote a purged id or word as a value or a key
 * (a contact's name, a reference, a `log:note-<id>` entry), even if a later change removed it.
 * Prose is typed a character per operation, so it is checked in the current state instead.
 */
export function historyHoldsTrace(doc: A.Doc<unknown>, scrub: Scrubber): boolean {
  for (const change of A.getAllChanges(doc)) {
    for (const op of A.decodeChange(change).ops) {
      if (typeof op.key === 'string' && scrub.dropsKey(op.key)) return true
      const value = (op as { value?: unknown }).value
      if (typeof value === 'string' && value.length > 2 && (scrub.isPurged(value) || scrub.text(value) !== value)) return true
    }
  }
  return false
}
