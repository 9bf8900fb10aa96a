import type { Range } from '../../shared/searchContract'
import { fold, wordsWithPlace } from './foldText'

const SNIPPET_CHARS = 160
const LEAD_CHARS = 50

/** Where the matched words (as the index folded them) stand in a text. */
export function matchRanges(text: string, terms: ReadonlySet<string>): Range[] {
  return wordsWithPlace(text)
    .filter(({ word }) => terms.has(fold(word)))
    .map(({ start, end }) => [start, end])
}

/** A stretch of text around its first matched word, with the matches in it; '' when nothing matched. */
export function snippetOf(text: string, terms: ReadonlySet<string>): { snippet: string; ranges: Range[] } {
  const ranges = matchRanges(text, terms)
  const first = ranges[0]
  if (!first) return { snippet: '', ranges: [] }
  let start = Math.max(0, first[0] - LEAD_CHARS)
  // Start at the line the match is on if it is near, else at a word boundary (never on half a word).
  const line = text.lastIndexOf('\n', first[0] - 1) + 1
  if (line >= start) start = line
  else start = text.indexOf(' ', start) + 1 || start
  if (start > first[0]) start = first[0]
  let end = Math.min(text.length, start + SNIPPET_CHARS)
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), first[1])
  const lead = start > 0 && text[start - 1] !== '\n' ? '…' : ''
  const body = text.slice(start, end).replace(/\s/g, ' ')
  const shift = lead.length - start
  return {
    snippet: `${lead}${body}${end < text.length ? '…' : ''}`,
    ranges: ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift]),
  }
}
