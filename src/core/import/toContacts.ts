import type { ContactInput } from '../../shared/contacts/contact'
import type { ImportField, ImportMapping, RowProblem } from '../../shared/contacts/importTypes'
import { isNormalizedPhone, normalizePhone } from '../../shared/contacts/phone'
import { unescapeFormula } from '../export/formulaCells'
import type { Table } from './readCsv'

/** One row or card, as the values each field received, before checking. */
export interface RawRecord {
  row: number
  values: Partial<Record<ImportField, string[]>>
}

/** A row ready to become a contact; `address` is resolved to a place when written. */
export interface ImportRecord {
  row: number
  input: ContactInput
  address: string
}

export function applyMapping(table: Table, mapping: ImportMapping): RawRecord[] {
  const columns = table.headers.map((h) => mapping[h] ?? 'ignore')
  return table.rows.map(({ row, cells }) => {
    const values: RawRecord['values'] = {}
    cells.forEach((typed, i) => {
      const field = columns[i]!
      const cell = unescapeFormula(typed).trim()
      if (field !== 'ignore' && cell) (values[field] ??= []).push(cell)
    })
    return { row, values }
  })
}

// No regex here may backtrack over a cell: `\s*[,;|]\s*` took 55 s on a 156 KiB run of spaces.
const LIST_SPLIT = /[,;|]/
/** Labels separated by single dots: unambiguous, so matching is linear in the cell. */
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/
const YES = /^(1|true|yes|y|x|opted ?out|unsubscribed)$/i
const one = (values: string[] | undefined): string => (values ?? []).join(' ').trim()
const split = (values: string[] | undefined): string[] => (values ?? []).flatMap((v) => v.split(LIST_SPLIT).map((item) => item.trim()))
const list = (values: string[] | undefined): string[] => [...new Set(split(values).filter(Boolean))]
/** Phones split like any list, except that ";ext=2" (RFC 3966) is the extension of the phone before it. */
const phoneList = (values: string[] | undefined): string[] =>
  split(values).reduce<string[]>((phones, item) => {
    if (/^ext\s*=/i.test(item) && phones.length) phones[phones.length - 1] += `;${item}`
    else if (item) phones.push(item)
    return phones
  }, [])

/** Checks one record: a row needs a name, a phone or an email; odd values are kept or dropped with a warning. */
export function toImportRecord(raw: RawRecord, region: string, columnOf: (field: ImportField) => string): { record?: ImportRecord; problems: RowProblem[] } {
  const { row, values } = raw
  const problems: RowProblem[] = []
  const warn = (field: ImportField, reason: string) => problems.push({ row, column: columnOf(field), reason, severity: 'warning' })
  const name = one(values.name) || [one(values.firstName), one(values.lastName)].filter(Boolean).join(' ')
  const phones = phoneList(values.phone).map((typed) => {
    const phone = normalizePhone(typed, region)
    if (phone === typed.trim() && !isNormalizedPhone(phone)) warn('phone', `“${typed}” is not a phone number we can read; kept as typed`)
    return phone
  })
  const emails = list(values.email).filter((email) => EMAIL.test(email) || (warn('email', `“${email}” is not an email address; left out`), false))
  if (!name && !phones.length && !emails.length) {
    problems.push({ row, column: '', reason: 'has no name, phone or email', severity: 'error' })
    return { problems }
  }
  if (emails.length > 1) warn('email', `has ${emails.length} emails; kept the first`)
  const input: ContactInput = {
    name,
    phones: [...new Set(phones)],
    email: emails[0] ?? '',
    tags: list(values.tags),
    languages: list(values.languages),
    unit: one(values.unit),
    whereMet: one(values.whereMet),
    howMet: one(values.howMet),
    owner: one(values.owner),
    notes: (values.notes ?? []).join('\n'),
  }
  if (values.noTexts?.some((v) => YES.test(v))) input.consent = { text: false }
  return { record: { row, input, address: one(values.address) }, problems }
}
