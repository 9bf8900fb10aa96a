import type { Paper } from '../leaflets/layouts'
import { escapeHtml } from '../leaflets/leafletHtmlBlocks'
import { fontFaceCss, fontFilesFor, LEAFLET_FONT_STACK } from '../leaflets/leafletHtmlFonts'

/** The columns of the printed sign-in sheet, in order. */
export const SIGN_IN_COLUMNS = ['Name', 'Phone', 'Building / unit', 'Language', 'Can we call you?'] as const

export interface SignInSheet {
  title: string
  /** The meeting's date and place, as words ("Thursday 3 December 2026 · Maple Court"). */
  subtitle: string
  /** Empty lines to print. */
  lines: number
  paper: Paper
}

const COLUMN_WIDTHS = ['28%', '19%', '19%', '14%', '20%']

function sheetText(sheet: SignInSheet): string {
  return [sheet.title, sheet.subtitle, ...SIGN_IN_COLUMNS, 'Yes No Sign in', '0123456789'].join(' ')
}

/** The font files the sheet's words need (fonts travel inside the page: printing loads nothing). */
export const signInSheetFonts = (sheet: SignInSheet): string[] => fontFilesFor(sheetText(sheet))

/** A standalone, printable sign-in sheet: the meeting on top, then a ruled table with the columns people fill in. */
export function signInSheetHtml(sheet: SignInSheet, fontUrl: (file: string) => string): string {
  const size = sheet.paper === 'a4' ? 'A4' : 'letter'
  const head = SIGN_IN_COLUMNS.map((c, i) => `<th style="width:${COLUMN_WIDTHS[i]}">${escapeHtml(c)}</th>`).join('')
  const row = `<tr>${SIGN_IN_COLUMNS.map((c) => (c === 'Can we call you?' ? '<td class="yesno"><i></i>Yes <i></i>No</td>' : '<td></td>')).join('')}</tr>`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(`Sign in: ${sheet.title}`)}</title>
<style>
${fontFaceCss(signInSheetFonts(sheet), fontUrl)}
@page{size:${size};margin:14mm 12mm}
body{font-family:${LEAFLET_FONT_STACK};font-size:11pt;color:#000;margin:0}
h1{font-size:18pt;margin:0 0 2mm}
p.sub{margin:0 0 5mm;font-size:11pt}
table{width:100%;border-collapse:collapse;table-layout:fixed}
thead{display:table-header-group}
th{text-align:left;font-size:10pt;border-bottom:1.5pt solid #000;padding:1.5mm}
td{border-bottom:.5pt solid #555;height:9mm;padding:0 1.5mm}
td.yesno{font-size:9.5pt;white-space:nowrap}
td.yesno i{display:inline-block;width:3mm;height:3mm;border:.7pt solid #000;margin:0 1.2mm 0 1mm;vertical-align:-.4mm}
tr{break-inside:avoid}
</style>
</head>
<body>
<h1>${escapeHtml(sheet.title)}</h1>
<p class="sub">${escapeHtml(sheet.subtitle)} · Sign in</p>
<table>
<thead><tr>${head}</tr></thead>
<tbody>${row.repeat(Math.max(1, sheet.lines))}</tbody>
</table>
</body>
</html>
`
}
