import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js'

/** How a readable number is stored: E.164, then its extension as RFC 3966 writes it. */
const NORMALIZED = /^\+\d{8,15}(?:;ext=\d{1,20})?$/

export const isNormalizedPhone = (phone: string): boolean => NORMALIZED.test(phone)

/**
 * A phone number in E.164 (+12125550101), read with the notebook's default region when it
 * has no country code, with its extension kept ("718-555-0150 ext. 2", "x2" and ";ext=2"
 * all become +17185550150;ext=2). What cannot be read as a valid number is kept as the
 * user typed it (trimmed): a wrong-looking number is still the only way to reach someone.
 */
export function normalizePhone(typed: string, region: string): string {
  const trimmed = typed.trim()
  if (!trimmed) return ''
  const parsed = parsePhoneNumberFromString(trimmed, region.toUpperCase() as CountryCode)
  if (!parsed?.isValid()) return trimmed
  return parsed.ext ? `${parsed.number};ext=${parsed.ext}` : parsed.number
}

/** Normalized, without blanks or repeats, in the order given. */
export function normalizePhones(typed: readonly string[], region: string): string[] {
  return [...new Set(typed.map((p) => normalizePhone(p, region)).filter(Boolean))]
}
