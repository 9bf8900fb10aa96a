import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js'

/**
 * A phone number in E.164 (+12125550101), read with the notebook's default region when it
 * has no country code. What cannot be read as a valid number is kept as the user typed it
 * (trimmed): a wrong-looking number is still the only way to reach someone.
 */
export function normalizePhone(typed: string, region: string): string {
  const trimmed = typed.trim()
  if (!trimmed) return ''
  const parsed = parsePhoneNumberFromString(trimmed, region.toUpperCase() as CountryCode)
  return parsed?.isValid() ? parsed.number : trimmed
}

/** Normalized, without blanks or repeats, in the order given. */
export function normalizePhones(typed: readonly string[], region: string): string[] {
  return [...new Set(typed.map((p) => normalizePhone(p, region)).filter(Boolean))]
}
