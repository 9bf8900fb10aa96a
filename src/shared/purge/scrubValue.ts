import { Counter, ImmutableString } from '@automerge/automerge'
import type { PurgeScope } from './purgeScope'

/** Stands for a value the purge takes out (a purged id in a list). */
export const DROPPED = Symbol('dropped')

export type Path = (string | number)[]

export interface Scrubber {
  /** Whether a map key names something purged (`records[id]`, `log:note-<id>`, `cite:<quoteId>`). */
  dropsKey(key: string): boolean
  /** Whether a value is a purged id (a reference to drop). */
  isPurged(value: string): boolean
  /** Whether a text holds a purged id anywhere. */
  holdsId(text: string): boolean
  /** Prose without the purged words (and, at a note's body, the words of its purged quotes). */
  text(text: string, path?: Path): string
}

export function scrubber(scope: PurgeScope, redactor: (words: readonly string[]) => (text: string) => string): Scrubber {
  const ids = [...scope.ids]
  const redact = redactor(scope.words)
  const inNotes = new Map([...(scope.quoteWords ?? [])].map(([noteId, words]) => [noteId, redactor([...scope.words, ...words])]))
  const holdsId = (text: string): boolean => ids.some((id) => text.includes(id))
  return {
    dropsKey: holdsId,
    isPurged: (value) => scope.ids.has(value),
    holdsId,
    text: (text, path) => (path?.[0] === 'records' && path[2] === 'body' && inNotes.get(String(path[1])) || redact)(text),
  }
}

export interface CopyRules {
  /** Prose at `path`; by default the scrubber's redaction. */
  text?: (text: string, path: Path) => string
  /** Keys to leave out of the copy besides purged ones (values tied to the old history). */
  omit?: (path: Path, key: string) => boolean
}

/**
 * The pure copy rule of a purge, over plain values read from a document: strings (prose) and
 * ImmutableStrings (values) lose the purged words; an ImmutableString that is a purged id
 * becomes empty, or leaves its list; keys holding a purged id go with their value.
 * (Paths are the old document's: lists hold values, never prose, so a dropped item never
 * shifts the path of a text.)
 */
export function scrubValue(input: unknown, scrub: Scrubber, rules: CopyRules = {}, path: Path = [], inList = false): unknown {
  if (typeof input === 'string') return rules.text ? rules.text(input, path) : scrub.text(input, path)
  if (input instanceof ImmutableString) {
    if (scrub.isPurged(input.val)) return inList ? DROPPED : new ImmutableString('')
    return new ImmutableString(scrub.text(input.val))
  }
  if (input instanceof Counter) return new Counter(input.value)
  if (input === null || typeof input !== 'object' || input instanceof Date || input instanceof Uint8Array) return input
  if (Array.isArray(input)) {
    return input.map((item, i) => scrubValue(item, scrub, rules, [...path, i], true)).filter((item) => item !== DROPPED)
  }
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(input)) {
    if (scrub.dropsKey(key) || rules.omit?.(path, key)) continue
    out[key] = scrubValue(item, scrub, rules, [...path, key])
  }
  return out
}
