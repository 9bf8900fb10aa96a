import { findDuplicates, type DuplicateCandidate } from '../contacts/duplicates'

/** What someone writes on the sign-in sheet. */
export interface SignInEntry {
  name: string
  phone: string
  placeId: string
  unit: string
  language: string
  /** "Can we call you?" */
  canCall: boolean
}

export interface SignInMatch {
  id: string
  score: number
  reasons: string[]
}

const NEW = '\u0000sign-in'

/**
 * The existing contacts this sign-in is probably, best first, scored by the same duplicate
 * scorer as the contacts list (same phone, same email, a similar name in the same place).
 */
export function matchSignIn(entry: SignInEntry, contacts: readonly DuplicateCandidate[]): SignInMatch[] {
  const probe: DuplicateCandidate = { id: NEW, name: entry.name.trim(), phones: entry.phone.trim() ? [entry.phone.trim()] : [], email: '', placeId: entry.placeId }
  // Only contacts that share a phone or the place can pair with the probe: score those alone.
  const digits = (phone: string) => phone.replace(/\D/g, '').slice(-9)
  const phone = digits(entry.phone)
  const near = contacts.filter((c) => (entry.placeId && c.placeId === entry.placeId) || (phone.length >= 5 && c.phones.some((p) => digits(p) === phone)))
  return findDuplicates([probe, ...near])
    .filter((p) => p.a === NEW || p.b === NEW)
    .map((p) => ({ id: p.a === NEW ? p.b : p.a, score: p.score, reasons: p.reasons }))
}
