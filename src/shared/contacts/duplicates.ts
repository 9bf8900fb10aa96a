import { keySimilarity, nameKey, type NameKey } from './similarity'

/** What duplicate detection compares. */
export interface DuplicateCandidate {
  id: string
  name: string
  phones: string[]
  email: string
  placeId: string
}

export interface DuplicatePair {
  a: string
  b: string
  /** 0..1: the chance-like combination of the signals below. */
  score: number
  reasons: string[]
}

/** Names this alike in one building are likely one person ("Rosa Diaz" / "Rosa Dias"). */
const NAME_THRESHOLD = 0.9
export const DUPLICATE_THRESHOLD = 0.5

/** Compared by their last 9 digits, so "+1 212…" and a number kept as typed "212…" still meet; an extension is left out. */
const phoneKey = (phone: string): string => phone.split(';ext=')[0]!.replace(/\D/g, '').slice(-9)
const emailKey = (email: string): string => email.trim().toLowerCase()

function bucket(index: Map<string, string[]>, key: string, id: string): void {
  if (key.length < 5) return
  const ids = index.get(key)
  if (!ids) index.set(key, [id])
  else if (ids.at(-1) !== id) ids.push(id)
}

/**
 * Pairs of contacts that are probably one person: the same phone, the same email, or a very
 * similar name in the same place. Candidates are blocked by phone, email and place, so the
 * scan is near-linear in the notebook's size rather than comparing everyone with everyone.
 */
export function findDuplicates(candidates: readonly DuplicateCandidate[], threshold = DUPLICATE_THRESHOLD): DuplicatePair[] {
  const byPhone = new Map<string, string[]>()
  const byEmail = new Map<string, string[]>()
  const byPlace = new Map<string, { id: string; key: NameKey }[]>()
  const byId = new Map(candidates.map((c) => [c.id, c]))
  for (const c of candidates) {
    for (const phone of c.phones) bucket(byPhone, phoneKey(phone), c.id)
    bucket(byEmail, emailKey(c.email), c.id)
    if (c.placeId && c.name) {
      const entry = { id: c.id, key: nameKey(c.name) }
      const list = byPlace.get(c.placeId)
      if (list) list.push(entry)
      else byPlace.set(c.placeId, [entry])
    }
  }
  const signals = new Map<string, { a: string; b: string; reasons: Map<string, number> }>()
  const add = (x: string, y: string, reason: string, weight: number) => {
    if (x === y) return
    const [a, b] = x < y ? [x, y] : [y, x]
    const key = `${a}\n${b}`
    let entry = signals.get(key)
    if (!entry) signals.set(key, (entry = { a, b, reasons: new Map() }))
    entry.reasons.set(reason, Math.max(entry.reasons.get(reason) ?? 0, weight))
  }
  const pairsIn = (index: Map<string, string[]>, reason: string, weight: number) => {
    for (const ids of index.values()) for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) add(ids[i]!, ids[j]!, reason, weight)
  }
  pairsIn(byPhone, 'same phone', 0.9)
  pairsIn(byEmail, 'same email', 0.9)
  for (const people of byPlace.values()) {
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const similarity = keySimilarity(people[i]!.key, people[j]!.key)
        if (similarity >= NAME_THRESHOLD) add(people[i]!.id, people[j]!.id, 'similar name in the same place', 0.6 + 0.3 * (similarity - NAME_THRESHOLD) * 10)
      }
    }
  }
  const pairs: DuplicatePair[] = []
  for (const { a, b, reasons } of signals.values()) {
    const score = 1 - [...reasons.values()].reduce((miss, w) => miss * (1 - Math.min(w, 0.99)), 1)
    if (score >= threshold && byId.has(a) && byId.has(b)) pairs.push({ a, b, score, reasons: [...reasons.keys()] })
  }
  return pairs.sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1))
}

/** Groups pairs into sets of records that are all one person (connected components). */
export function duplicateGroups(pairs: readonly DuplicatePair[]): string[][] {
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!
    return x
  }
  for (const { a, b } of pairs) {
    for (const x of [a, b]) if (!parent.has(x)) parent.set(x, x)
    const ra = find(a)
    const rb = find(b)
    if (ra !== rb) parent.set(rb < ra ? ra : rb, rb < ra ? rb : ra)
  }
  const groups = new Map<string, string[]>()
  for (const id of [...parent.keys()].sort()) {
    const root = find(id)
    groups.set(root, [...(groups.get(root) ?? []), id])
  }
  return [...groups.values()]
}
