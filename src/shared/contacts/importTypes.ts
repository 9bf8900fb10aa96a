/** What an imported column can become (the bridge types of contact import; the core does the work). */
export const IMPORT_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'phone',
  'email',
  'tags',
  'languages',
  'address',
  'unit',
  'whereMet',
  'howMet',
  'owner',
  'notes',
  'noTexts',
  'ignore',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

/** Column header → field. Several columns may feed one field (home and cell phone, two tag columns). */
export type ImportMapping = Record<string, ImportField>

/** One problem with one row: `error` rows are left out, `warning` rows are imported as described. */
export interface RowProblem {
  /** The row as a spreadsheet numbers it (the header is row 1), or the card's number in a vCard file. */
  row: number
  column: string
  reason: string
  severity: 'error' | 'warning'
}

export interface ImportDuplicate {
  row: number
  name: string
  contactId: string
  contactName: string
  reason: string
}

export interface ImportPreview {
  format: 'csv' | 'vcard'
  /** The export this looks like: Action Network, NGP VAN, Spoke, Solidarity Tech, or generic CSV. */
  source: string
  headers: string[]
  mapping: ImportMapping
  /** The first rows as they would be imported. */
  sample: { row: number; name: string; phones: string[]; email: string; tags: string[]; address: string; unit: string }[]
  total: number
  valid: number
  problems: RowProblem[]
  duplicates: ImportDuplicate[]
}

export interface ImportResult {
  format: 'csv' | 'vcard'
  /** The batch in the notebook's journal (`massline imports show ID`): what finish and undo act on. */
  importId: string
  imported: number
  /** Rows left out because they match someone already in the notebook, and whom they match. */
  skipped: number
  duplicates: ImportDuplicate[]
  places: number
  problems: RowProblem[]
}

export interface ImportProgress {
  importId: string
  phase: 'reading' | 'writing' | 'done'
  done: number
  total: number
}
