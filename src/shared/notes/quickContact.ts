/**
 * Splits what was typed in a people field into a name and a phone, so "Rosa 212 555 0101"
 * makes a contact in one keystroke: the phone is the trailing run of digits and phone signs.
 */
export function splitNamePhone(typed: string): { name: string; phone: string } {
  const clean = typed.trim().replace(/\s+/g, ' ')
  const match = /(?:^|\s)(\+?[\d(][\d\s().-]{5,})$/.exec(clean)
  if (!match || (match[1]!.match(/\d/g) ?? []).length < 6) return { name: clean, phone: '' }
  return { name: clean.slice(0, match.index).trim(), phone: match[1]!.trim() }
}
