/**
 * CSV injection (OWASP): a spreadsheet runs a cell that starts with = + - @ (or a tab or
 * carriage return before one), also after leading spaces, and some read the full-width
 * forms too. Export prefixes such cells with an apostrophe, which makes them text.
 * A plain signed number such as +15551234567 is left alone: it cannot call anything, and
 * a spreadsheet keeps it as a number.
 */
export const FORMULA_CELL = /^(?![+-]?\d+(?:\.\d+)?$)\s*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/

/** The importer's inverse, so an export imports back as it was. */
export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_CELL.test(cell.slice(1)) ? cell.slice(1) : cell
}
