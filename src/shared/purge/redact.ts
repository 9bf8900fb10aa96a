import { REMOVED } from './purgeScope'

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A pattern for one word to take out of prose, case-insensitive. Runs of space match any
 * space. A phone (7 digits or more) matches however it was typed: its last ten digits with any
 * separators between them and an optional country code before.
 */
function patternFor(word: string): string {
  const digits = word.replace(/\D/g, '')
  if (digits.length >= 7 && /^[\d\s()+.\-/]+$/.test(word)) {
    const national = digits.slice(-10)
    return `(?:\\+?\\d{1,3}[\\s().\\-/]*)?\\(?` + national.split('').join('[\\s().\\-/]*')
  }
  return word.trim().split(/\s+/).map(escape).join('\\s+')
}

/** A function replacing every purged word in a text with REMOVED; identity when there are none. */
export function redactor(words: readonly string[]): (text: string) => string {
  const patterns = [...new Set(words.map((w) => w.trim()).filter((w) => w.length >= 3))]
    // Longest first, so a name is not cut inside a longer quote that holds it.
    .sort((a, b) => b.length - a.length)
    .map(patternFor)
  if (!patterns.length) return (text) => text
  const pattern = new RegExp(patterns.join('|'), 'giu')
  return (text) => (text.length < 3 ? text : text.replace(pattern, REMOVED))
}
