import type { DocMeta, MetaEntry } from './docMeta'
import { fold } from './foldText'

const GAPS = /[^\p{L}\p{N}\p{M}]+/gu

/**
 * A title's words folded, each after a space, so " word" finds a word starting so. The first
 * search after opening folds every title: the whole title at once, not word by word.
 */
export const foldedTitle = (title: string): string => ` ${fold(title).replace(GAPS, ' ').trim()}`

/** What the scan looks for in folded titles: each query word after a space (made once per search). */
export const needlesOf = (words: string[]): string[] => words.map((w) => ` ${w}`)

/**
 * How well a query matches a title (every word must start a word of it): whole words count more
 * than starts; 0 when it does not match.
 */
export function titleScore(folded: string, needles: string[]): number {
  let score = 0
  for (const needle of needles) {
    const at = folded.indexOf(needle)
    if (at < 0) return 0
    const end = at + needle.length
    score += end === folded.length || folded[end] === ' ' ? 2 : 1
  }
  return score
}

/** The title's words that the query's words start (folded, to highlight). */
export const titleTerms = (folded: string, words: string[]): Set<string> => new Set(folded.split(' ').filter((t) => t && words.some((w) => t.startsWith(w))))

/** The titles every word matches, best matches and then shortest titles first (as many as asked). */
export function titleHits(entries: Iterable<MetaEntry>, words: string[], accept: (m: DocMeta) => boolean, limit: number): { meta: DocMeta; terms: Set<string> }[] {
  const found: { meta: MetaEntry; score: number }[] = []
  const needles = needlesOf(words)
  for (const meta of entries) {
    const score = titleScore((meta.folded ??= foldedTitle(meta.title)), needles)
    if (score && accept(meta)) found.push({ meta, score })
  }
  found.sort((a, b) => b.score - a.score || a.meta.title.length - b.meta.title.length)
  return found.slice(0, limit).map(({ meta }) => ({ meta, terms: titleTerms(meta.folded!, words) }))
}
