import { str, strs } from '../notebook/scalar'
import type { PurgeScope } from './purgeScope'

interface Replaced {
  /** The old document as the purge copied it. */
  before: unknown
  /** Its new copy as the purge made it. */
  after: unknown
}

type Records = Record<string, Record<string, unknown> | undefined>
const recordsOf = (doc: unknown): Records => ((doc as { records?: Records } | null)?.records ?? {})
const quotesOf = (record: Record<string, unknown> | undefined): Records => (record?.quotes ?? {}) as Records

/**
 * What a purge took out, read back from the documents it replaced, on a device that holds the
 * old ones (the root names no one): the records and quotes an old document held that its copy
 * lacks, the names, phones and email of the people among them, and the quotes' words by note.
 */
export function scopeOfReplaced(replaced: readonly Replaced[]): PurgeScope {
  const ids = new Set<string>()
  const words: string[] = []
  const quoteWords = new Map<string, string[]>()
  for (const { before, after } of replaced) {
    const kept = recordsOf(after)
    for (const [id, record] of Object.entries(recordsOf(before))) {
      if (!kept[id]) {
        ids.add(id)
        if (String((before as { kind?: unknown }).kind) === 'contacts') words.push(str(record?.name), str(record?.email), ...strs(record?.phones))
      }
      for (const [quoteId, quote] of Object.entries(quotesOf(record))) {
        if (quotesOf(kept[id])[quoteId]) continue
        ids.add(quoteId)
        quoteWords.set(id, [...(quoteWords.get(id) ?? []), str(quote?.text)])
      }
    }
  }
  return { ids, words: words.filter(Boolean), quoteWords }
}
