import Papa from 'papaparse'
import type { RowProblem } from '../../shared/contacts/importTypes'

export interface Table {
  headers: string[]
  /** Rows that have exactly one cell per header; `row` numbers them as a spreadsheet would. */
  rows: { row: number; cells: string[] }[]
  problems: RowProblem[]
}

export class UnreadableFileError extends Error {}

const DELIMITERS = [',', ';', '\t', '|']

/** The separator is read from the header row alone: notes full of semicolons must not sway it. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/))
  const count = (d: string) => header.split(d).length
  return DELIMITERS.reduce((best, d) => (count(d) > count(best) ? d : best), ',')
}

/** Reads CSV as spreadsheets write it: a byte-order mark, CRLF, quoted commas and line breaks, any separator. */
export function readCsv(text: string): Table {
  // Blank rows are skipped here, not by the parser, so row numbers match what a spreadsheet shows.
  const body = text.replace(/^\uFEFF/, '')
  const parsed = Papa.parse<string[]>(body, { delimiter: delimiterOf(body) })
  const [headerCells, ...data] = parsed.data
  const headers = (headerCells ?? []).map((h) => h.trim())
  if (headers.filter(Boolean).length === 0) throw new UnreadableFileError('This file has no header row: the first line should name the columns.')
  const problems: RowProblem[] = []
  const broken = new Map<number, string>()
  for (const error of parsed.errors) if (error.row !== undefined) broken.set(error.row, error.message)
  const rows: Table['rows'] = []
  data.forEach((cells, i) => {
    const row = i + 2
    if (cells.every((cell) => !cell.trim())) return
    const reason = broken.get(i + 1) ?? (cells.length !== headers.length ? `has ${cells.length} cells where the header has ${headers.length} columns` : undefined)
    if (reason) problems.push({ row, column: '', reason: `could not be read: ${reason}`, severity: 'error' })
    else rows.push({ row, cells })
  })
  return { headers, rows, problems }
}
