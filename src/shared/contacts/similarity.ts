/** Lowercase, accents stripped, punctuation and repeated spaces gone: "José  O'Brien" → "jose obrien". */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Jaro-Winkler similarity in [0, 1] (1 = equal). It rewards a shared beginning, which suits
 * names typed in a hurry at a door ("Rosa Diaz" / "Rosa Dias", "Jon" / "John").
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1
  if (!a.length || !b.length) return 0
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1)
  const aMatched = new Array<boolean>(a.length).fill(false)
  const bMatched = new Array<boolean>(b.length).fill(false)
  let matches = 0
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bMatched[j] || a[i] !== b[j]) continue
      aMatched[i] = bMatched[j] = true
      matches++
      break
    }
  }
  if (!matches) return 0
  let transpositions = 0
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aMatched[i]) continue
    while (!bMatched[j]) j++
    if (a[i] !== b[j++]) transpositions++
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3
  let prefix = 0
  while (prefix < Math.min(4, a.length, b.length) && a[prefix] === b[prefix]) prefix++
  return jaro + prefix * 0.1 * (1 - jaro)
}

/** A name prepared once for many comparisons: folded, and with its words sorted. */
export interface NameKey {
  folded: string
  sorted: string
}

export function nameKey(name: string): NameKey {
  const folded = foldName(name)
  return { folded, sorted: folded.split(' ').sort().join(' ') }
}

/** Name similarity that ignores word order ("Diaz Rosa" = "Rosa Diaz"). */
export function keySimilarity(a: NameKey, b: NameKey): number {
  const direct = jaroWinkler(a.folded, b.folded)
  return direct === 1 || (a.sorted === a.folded && b.sorted === b.folded) ? direct : Math.max(direct, jaroWinkler(a.sorted, b.sorted))
}

export function nameSimilarity(a: string, b: string): number {
  return keySimilarity(nameKey(a), nameKey(b))
}
