const MARKS = /\p{M}/gu
// eslint-disable-next-line no-control-regex -- plain ASCII has no accents to take off
const ASCII = /^[\x00-\x7f]*$/
const WORD = /[\p{L}\p{N}\p{M}]+/gu

/** Lower case without accents, so "jose" finds "José" and "Muñoz" finds "munoz". */
export function fold(term: string): string {
  // Most words are plain ASCII: lower-casing is all they need (and snippets fold every word of a text).
  if (ASCII.test(term)) return term.toLowerCase()
  return term.normalize('NFD').replace(MARKS, '').toLowerCase()
}

/** Words as the index sees them: letters and digits; everything else (spaces, punctuation, +, @) separates. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? []
}

/** Each word of a text with where it stands, for highlighting. */
export function wordsWithPlace(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }))
}
