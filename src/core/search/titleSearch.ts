import { fold, tokenize } from './foldText'

/** A title's words folded, each after a space, so " word" finds a word starting so. */
export const foldedTitle = (title: string): string => ` ${tokenize(title).map(fold).join(' ')}`

/**
 * How well a query matches a title while the full text is still loading: every word must start
 * a word of the title. Returns the title's matched words (folded, to highlight) and a score
 * (whole words count more than starts), or undefined.
 */
export function matchTitle(folded: string, words: string[]): { terms: string[]; score: number } | undefined {
  let score = 0
  for (const word of words) {
    const at = folded.indexOf(` ${word}`)
    if (at < 0) return undefined
    const end = at + 1 + word.length
    score += end === folded.length || folded[end] === ' ' ? 2 : 1
  }
  const terms = folded
    .slice(1)
    .split(' ')
    .filter((t) => words.some((w) => t.startsWith(w)))
  return { terms, score }
}
