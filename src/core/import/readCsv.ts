import Papa from 'papaparse'
import { MAX_CELL_CHARS, MAX_COLUMNS } from '../../shared/contacts/importFile'
import type { RowProblem } from '../../shared/contacts/importTypes'

export interface Table {
  headers: string[]
  /** Rows that have exactly one cell per header; `row` numbers them as a spreadsheet would. */
  rows: { row: number; cells: string[] }[]
  problems: RowProblem[]
}

export class UnreadableFileError extends Error {}

const DELIMITERS = [',', ';', '\t', '|']
const LINE_BREAKS = /\r\n|\n|\r/g

/** The separator is read from the header row alone: notes full of semicolons must not sway it. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/))
  const count = (d: string) => header.split(d).length
  return DELIMITERS.reduce((best, d) => (count(d) > count(best) ? d : best), ',')
}

/** The lines a record broken by a stray quote ran over: each one was meant to be a row. */
function linesSwallowed(cells: string[], last: boolean): number {
  const text = cells.join('')
  let end = text.length
  // The last record ends with the file's final line break, which ends a row rather than starting one.
  while (last && end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--
  return text.slice(0, end).match(LINE_BREAKS)?.length ?? 0
}

const error = (row: number, reason: string): RowProblem => ({ row, column: '', reason: `could not be read: ${reason}`, severity: 'error' })

/** Reads CSV as spreadsheets write it: a byte-order mark, CRLF, quoted commas and line breaks, any separator. */
export function readCsv(text: string): Table {
  // Blank rows are skipped here, not by the parser, so row numbers match what a spreadsheet shows.
  const body = text.replace(/^\uFEFF/, '')
  const parsed = Papa.parse<string[]>(body, { delimiter: delimiterOf(body) })
  const [headerCells, ...data] = parsed.data
  const headers = (headerCells ?? []).map((h) => h.trim())
  if (headers.filter(Boolean).length === 0) throw new UnreadableFileError('This file has no header row: the first line should name the columns.')
  if (headers.length > MAX_COLUMNS) throw new UnreadableFileError(`This file has ${headers.length.toLocaleString('en')} columns; Massline reads at most ${MAX_COLUMNS.toLocaleString('en')}.`)
  const problems: RowProblem[] = []
  const broken = new Map<number, Papa.ParseError>()
  for (const e of parsed.errors) if (e.row !== undefined && !broken.has(e.row)) broken.set(e.row, e)
  const rows: Table['rows'] = []
  // Rows after one a stray quote ran together are numbered as they will be once the quote is fixed.
  let shift = 0
  data.forEach((cells, i) => {
    const row = i + 2 + shift
    if (cells.every((cell) => !cell.trim())) return
    const parseError = broken.get(i + 1)
    if (parseError?.type === 'Quotes') {
      const swallowed = linesSwallowed(cells, i === data.length - 1)
      shift += swallowed
      if (!swallowed) return problems.push(error(row, `a quote in it is not closed where it should be (${parseError.message})`))
      problems.push(error(row, `a quote in it is never closed, so rows ${row}–${row + swallowed} ran together; close the quote and import again`))
      for (let next = row + 1; next <= row + swallowed; next++) problems.push(error(next, `ran into row ${row}, whose quote is never closed`))
      return
    }
    const reason = parseError?.message ?? (cells.length !== headers.length ? `has ${cells.length} cells where the header has ${headers.length} columns` : undefined)
    const long = cells.findIndex((cell) => cell.length > MAX_CELL_CHARS)
    if (reason) problems.push(error(row, reason))
    else if (long >= 0) problems.push({ ...error(row, `this cell has ${cells[long]!.length.toLocaleString('en')} characters; a cell may hold ${MAX_CELL_CHARS.toLocaleString('en')}`), column: headers[long] ?? '' })
    else rows.push({ row, cells })
  })
  return { headers, rows, problems }
}
