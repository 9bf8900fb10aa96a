import { createHash } from 'node:crypto'

/** A made-up word per number, unlike its neighbours' (so the duplicate scorer tells people apart). */
function word(n: number, salt: string): string {
  const hex = createHash('sha256').update(`${salt}${n}`).digest('hex')
  const letters = [...hex.slice(0, 8)].map((c) => String.fromCharCode(97 + (parseInt(c, 16) % 26))).join('')
  return letters[0]!.toUpperCase() + letters.slice(1)
}

/** A CSV of `count` different people living in 20 buildings, numbered from `from`. */
export function peopleCsv(from: number, count: number): string {
  const rows = Array.from({ length: count }, (_, i) => {
    const n = from + i
    return `${word(n, 'first')},${word(n, 'last')},+1646${String(1_000_000 + n).slice(1)},p${n}@example.org,${(n % 20) + 1} Oak Avenue`
  })
  return ['First Name,Last Name,Phone,Email,Address', ...rows].join('\n')
}
