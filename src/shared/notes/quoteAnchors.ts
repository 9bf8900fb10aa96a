import * as A from '@automerge/automerge'
import type { QuoteDoc } from './note'
import type { NoteShard } from './noteMutations'

/**
 * A quote's place in its note's body: a cursor on its first character and one on its last. Words
 * typed or deleted inside the quote change it; edits before or after it don't, on this device or
 * arriving from another. (A cursor on a deleted character moves on: the first to the next one,
 * the last back to the one before.)
 */
export interface QuoteAnchors {
  from: A.Cursor
  to: A.Cursor
}

const bodyPath = (noteId: string): A.Prop[] => ['records', noteId, 'body']
const isSpace = (c: string | undefined) => c === undefined || /[\s\uFFFC]/.test(c)
/** Read as the editor's selection reads: blocks apart by a blank line, runs of space as one. */
const cleanQuote = (text: string) =>
  text
    .replace(/[^\S\n]+/g, ' ')
    .replace(/\s*\uFFFC\s*/g, '\n\n')
    .trim()

/** Anchors for the body's characters from `start` up to `end`, less the spaces at either end; null when that is only space. */
export function anchorQuote(doc: A.Doc<NoteShard>, noteId: string, start: number, end: number): QuoteAnchors | null {
  const body = String(doc.records[noteId]?.body ?? '')
  while (start < end && isSpace(body[start])) start++
  while (end > start && isSpace(body[end - 1])) end--
  if (start >= end) return null
  return { from: A.getCursor(doc, bodyPath(noteId), start), to: A.getCursor(doc, bodyPath(noteId), end - 1, 'before') }
}

/** What `visit` makes of each quote of a note (given the body as a string), leaving out undefined. */
function mapQuotes<R>(doc: A.Doc<NoteShard>, noteId: string, visit: (quote: QuoteDoc, body: string) => R | undefined): R[] {
  const note = doc.records[noteId]
  const body = String(note?.body ?? '')
  return Object.values(note?.quotes ?? {}).flatMap((quote) => visit(quote, body) ?? [])
}

/** The anchored quotes of a note whose words in the body now read differently from what is stored. */
export function requotes(doc: A.Doc<NoteShard>, noteId: string): { quoteId: string; text: string }[] {
  return mapQuotes(doc, noteId, (quote, body) => {
    if (!quote.from || !quote.to) return undefined
    const first = A.getCursorPosition(doc, bodyPath(noteId), quote.from)
    const last = A.getCursorPosition(doc, bodyPath(noteId), quote.to)
    const text = cleanQuote(body.slice(first, last + 1))
    // Words all deleted from the body: the quote keeps what was said.
    return text && text !== String(quote.text) ? { quoteId: quote.id, text } : undefined
  })
}

/**
 * Writes the texts `requotes` found, inside a change of the shard. A whole new value, not a
 * splice: two devices doing it at once keep one of the two (equal) texts instead of both.
 */
export function setQuoteTexts(shard: NoteShard, noteId: string, texts: readonly { quoteId: string; text: string }[]): void {
  const quotes = shard.records[noteId]?.quotes
  for (const { quoteId, text } of texts) if (quotes?.[quoteId]) quotes[quoteId].text = text
}

/**
 * Anchors for quotes marked before anchors existed (or generated), where their words appear
 * exactly once in the body; a quote whose words were since edited, or appear twice, stays a copy.
 */
export function anchorsForOldQuotes(doc: A.Doc<NoteShard>, noteId: string): { quoteId: string; anchors: QuoteAnchors }[] {
  return mapQuotes(doc, noteId, (quote, body) => {
    const text = String(quote.text)
    const at = body.indexOf(text)
    if (quote.from || !text || at < 0 || body.indexOf(text, at + 1) >= 0) return undefined
    const anchors = anchorQuote(doc, noteId, at, at + text.length)
    return anchors ? { quoteId: quote.id, anchors } : undefined
  })
}

/** Writes anchors `anchorsForOldQuotes` found, inside a change of the shard. */
export function setQuoteAnchors(shard: NoteShard, noteId: string, found: readonly { quoteId: string; anchors: QuoteAnchors }[]): void {
  const quotes = shard.records[noteId]?.quotes
  for (const { quoteId, anchors } of found) if (quotes?.[quoteId] && !quotes[quoteId].from) Object.assign(quotes[quoteId], anchors)
}
