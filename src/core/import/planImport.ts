import { refuseText } from '../../shared/contacts/importFile'
import type { ImportField, ImportMapping, RowProblem } from '../../shared/contacts/importTypes'
import { readCsv, UnreadableFileError } from './readCsv'
import { readVcard } from './readVcard'
import { autoMapping, detectSource } from './sources'
import { applyMapping, toImportRecord, type ImportRecord, type RawRecord } from './toContacts'

export interface ImportFile {
  fileName: string
  text: string
  /** The user's column choices; missing headers are auto-mapped. */
  mapping?: ImportMapping
}

export interface ImportPlan {
  format: 'csv' | 'vcard'
  source: string
  headers: string[]
  mapping: ImportMapping
  records: ImportRecord[]
  problems: RowProblem[]
  total: number
}

const isVcard = (file: ImportFile): boolean => /\.(vcf|vcard)$/i.test(file.fileName) || /^\uFEFF?\s*BEGIN:VCARD/i.test(file.text)

/** Reads and checks a whole file without touching the notebook: every row is judged before anything is written. */
export function planImport(file: ImportFile, region: string): ImportPlan {
  let raw: RawRecord[]
  let base: Omit<ImportPlan, 'records' | 'problems' | 'total'>
  let problems: RowProblem[] = []
  let unreadable = 0
  const columnOf = new Map<ImportField, string>()
  const refused = refuseText(file.text)
  if (refused) throw new UnreadableFileError(refused)
  if (isVcard(file)) {
    const cards = readVcard(file.text)
    raw = cards.records
    problems = cards.problems
    unreadable = cards.problems.length
    base = { format: 'vcard', source: 'vCard', headers: [], mapping: {} }
  } else {
    const table = readCsv(file.text)
    const mapping = { ...autoMapping(table.headers), ...file.mapping }
    for (const header of table.headers) if (!columnOf.has(mapping[header]!)) columnOf.set(mapping[header]!, header)
    raw = applyMapping(table, mapping)
    problems = table.problems
    unreadable = table.problems.length
    base = { format: 'csv', source: detectSource(table.headers), headers: table.headers, mapping }
  }
  const records: ImportRecord[] = []
  for (const one of raw) {
    const checked = toImportRecord(one, region, (field) => columnOf.get(field) ?? field)
    if (checked.record) records.push(checked.record)
    problems.push(...checked.problems)
  }
  problems.sort((a, b) => a.row - b.row)
  return { ...base, records, problems, total: raw.length + unreadable }
}
