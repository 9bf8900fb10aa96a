import type { Range } from '../../shared/searchContract'
import type { DocMeta, MetaEntry } from './docMeta'

/** Digit runs this long are phone numbers: the index leaves them out, and a query of digits scans the phones. */
export const PHONE_DIGITS = 7
const MIN_QUERY_DIGITS = 3
const NATIONAL_DIGITS = 10
const PHONE_QUERY = /^[\d\s()+.-]+$/

/** The digits of a query that looks like (part of) a phone number, or undefined. */
export function phoneQuery(query: string): string | undefined {
  if (!PHONE_QUERY.test(query)) return undefined
  const digits = query.replace(/\D/g, '')
  return digits.length >= MIN_QUERY_DIGITS ? digits : undefined
}

/** A phone's digits and where each stands in the phone as entered. */
export interface PhoneDigits {
  phone: string
  digits: string
  at: number[]
}

export function phoneDigits(phone: string): PhoneDigits {
  const at: number[] = []
  for (let i = 0; i < phone.length; i++) if (phone.charCodeAt(i) >= 48 && phone.charCodeAt(i) <= 57) at.push(i)
  return { phone, digits: at.map((i) => phone[i]).join(''), at }
}

/**
 * How well typed digits match a phone: 0 its last digits (the "last four"), 1 the start of its
 * national number or of the whole number, 2 anywhere in it; undefined when they do not.
 */
export function phoneRank({ digits }: PhoneDigits, typed: string): number | undefined {
  if (digits.endsWith(typed)) return 0
  if (digits.startsWith(typed) || digits.slice(-NATIONAL_DIGITS).startsWith(typed)) return 1
  return digits.includes(typed) ? 2 : undefined
}

/** The phones as shown in a result, with the typed digits marked. */
export function phoneSnippet(phones: PhoneDigits[], typed: string): { snippet: string; ranges: Range[] } {
  let snippet = ''
  const ranges: Range[] = []
  for (const p of phones) {
    if (snippet) snippet += ' · '
    const start = p.digits.endsWith(typed) ? p.digits.length - typed.length : p.digits.indexOf(typed)
    if (start >= 0) ranges.push([snippet.length + p.at[start]!, snippet.length + p.at[start + typed.length - 1]! + 1])
    snippet += p.phone
  }
  return { snippet, ranges }
}

/** The contacts whose phones hold these digits, best ranked first, with their phones to show. */
export function phoneHits(entries: Iterable<MetaEntry>, typed: string, accept: (m: DocMeta) => boolean, limit: number): { meta: DocMeta; snippet: string; ranges: Range[] }[] {
  const found: { meta: MetaEntry; rank: number }[] = []
  for (const meta of entries) {
    if (!meta.phones.length) continue
    meta.digits ??= meta.phones.map(phoneDigits)
    let rank: number | undefined
    for (const phone of meta.digits) {
      const r = phoneRank(phone, typed)
      if (r !== undefined && (rank === undefined || r < rank)) rank = r
    }
    if (rank !== undefined && accept(meta)) found.push({ meta, rank })
  }
  found.sort((a, b) => a.rank - b.rank || a.meta.title.localeCompare(b.meta.title))
  return found.slice(0, limit).map(({ meta }) => ({ meta, ...phoneSnippet(meta.digits!, typed) }))
}
