import { str } from '../notebook/scalar'

/** A gathered quote as print shows it: the words, and the credit line set under them. */
export interface QuoteParts {
  words: string
  credit: string
}

/**
 * The attribution the leaflet recorded when the quote was cited (its `cite:<quoteId>` key,
 * written by the editor): a name for public quotes, a description naming no one for anonymous ones.
 */
export function citedAttribution(doc: object, quoteId: string): string {
  const cite = (doc as Record<string, { attribution?: unknown } | undefined>)[`cite:${quoteId}`]
  return str(cite?.attribution)
}

/**
 * Splits a gathered quote's text ("“words” — attribution", as the editor inserts it) into the
 * words and the credit. The credit is only split off where the text still ends with it; text
 * edited into another shape prints as typed.
 */
export function quoteParts(text: string, attribution: string): QuoteParts {
  const trimmed = text.trim()
  const known = attribution.trim()
  if (known) {
    const tail = new RegExp(`\\s*[—–-]\\s*${known.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'u')
    if (tail.test(trimmed)) return { words: trimmed.replace(tail, ''), credit: known }
  }
  const shaped = /^([“"«„].*[”"»“])\s+[—–]\s+(.+)$/su.exec(trimmed)
  return shaped ? { words: shaped[1]!, credit: shaped[2]!.trim() } : { words: trimmed, credit: '' }
}
