import { MAX_CELL_CHARS } from '../../shared/contacts/importFile'

/**
 * A vCard file cut into cards, each rewritten as the vCard 3.0 or 4.0 text ical.js reads,
 * so one card that cannot be read never costs the others. vCard 2.1 is brought up to 3.0
 * here: bare type parameters (`TEL;CELL:`), QUOTED-PRINTABLE values with their soft line
 * breaks, and CHARSET. Only the properties the importer uses are kept, so a photo or an
 * unknown extension cannot break a card.
 */
export interface RawCard {
  /** The card's number in the file, from 1. */
  number: number
  firstLine: number
  lastLine: number
  /** What the card calls the person, for naming it in a problem; may be empty. */
  name: string
  /** The card as vCard 3.0/4.0 text, or why it cannot be read. */
  text?: string
  problem?: string
}

const USED = new Set(['VERSION', 'FN', 'N', 'TEL', 'EMAIL', 'ADR', 'CATEGORIES', 'LANG', 'NOTE'])
const ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT'])
const BEGIN = /^BEGIN:VCARD\s*$/i
const END = /^END:VCARD\s*$/i

/** Splits at `separator` outside double quotes; `closed` is false when a quote is left open. */
function splitOutsideQuotes(text: string, separator: string, limit = Infinity): { parts: string[]; closed: boolean } {
  const parts: string[] = []
  let quoted = false
  let start = 0
  for (let i = 0; i < text.length && parts.length < limit - 1; i++) {
    if (text[i] === '"') quoted = !quoted
    else if (text[i] === separator && !quoted) {
      parts.push(text.slice(start, i))
      start = i + 1
    }
  }
  parts.push(text.slice(start))
  return { parts, closed: !quoted }
}

/** Decodes a QUOTED-PRINTABLE value in its CHARSET (UTF-8 when it names none or one we do not know). */
function quotedPrintable(value: string, charset: string): string {
  const bytes: number[] = []
  const encoder = new TextEncoder()
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '=' ? value.slice(i + 1, i + 3) : ''
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else {
      const code = value.codePointAt(i)!
      if (code > 0xffff) i++
      bytes.push(...(code < 0x80 ? [code] : encoder.encode(String.fromCodePoint(code))))
    }
  }
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(charset || 'utf-8')
  } catch {
    decoder = new TextDecoder('utf-8')
  }
  return decoder.decode(new Uint8Array(bytes))
}

interface Property {
  name: string
  params: string[]
  value: string
}

/** One unfolded line as a property we use, undefined for one we skip, or a string saying why it is broken. */
function property(line: string): Property | string | undefined {
  const { parts, closed } = splitOutsideQuotes(line, ':', 2)
  const head = splitOutsideQuotes(parts[0]!, ';')
  const name = head.parts[0]!.trim().toUpperCase().replace(/^.*\./, '')
  if (!USED.has(name)) return undefined
  if (parts.length < 2 || !closed || !head.closed) return `its ${name} line has a quote that is never closed, or no colon`
  let value = parts[1]!
  const types: string[] = []
  const params: string[] = []
  let encoding = ''
  let charset = ''
  for (const param of head.parts.slice(1)) {
    const [key = '', ...rest] = param.split('=')
    const upper = key.trim().toUpperCase()
    const val = rest.join('=').trim()
    if (!rest.length && ENCODINGS.has(upper)) encoding = upper
    else if (!rest.length) types.push(...(upper ? [upper] : []))
    else if (upper === 'ENCODING') encoding = val.toUpperCase()
    else if (upper === 'CHARSET') charset = val.replace(/"/g, '')
    else if (upper === 'TYPE' || upper === 'VALUE') params.push(`${upper}=${val}`)
  }
  if (encoding === 'BASE64' || encoding === 'B') return undefined
  if (encoding === 'QUOTED-PRINTABLE') value = quotedPrintable(value, charset).replace(/\r\n|\r|\n/g, '\\n')
  if (value.length > MAX_CELL_CHARS) return `its ${name} has ${value.length.toLocaleString('en')} characters; a value may hold ${MAX_CELL_CHARS.toLocaleString('en')}`
  if (types.length) params.unshift(`TYPE=${types.join(',')}`)
  return { name, params, value }
}

const isQuotedPrintable = (line: string) => /QUOTED-PRINTABLE/i.test(splitOutsideQuotes(line, ':', 2).parts[0]!)

/** Joins folded lines, and QUOTED-PRINTABLE soft line breaks (a line ending in "="). */
function unfold(lines: string[]): string[] {
  const logical: string[] = []
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!
    if (/^[ \t]/.test(line) && logical.length) {
      logical[logical.length - 1] += line.slice(1)
      continue
    }
    const softBreaks = line.endsWith('=') && isQuotedPrintable(line)
    while (softBreaks && line.endsWith('=') && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i]!
    logical.push(line)
  }
  return logical
}

/** Rewrites one card's lines (between BEGIN and END) for ical.js. */
function rewrite(lines: string[]): { text?: string; name: string; problem?: string } {
  const kept: Property[] = []
  for (const line of unfold(lines)) {
    const parsed = property(line)
    if (typeof parsed === 'string') return { name: nameOf(kept), problem: parsed }
    if (parsed) kept.push(parsed)
  }
  const version = kept.find((p) => p.name === 'VERSION')?.value.trim()
  const body = kept.filter((p) => p.name !== 'VERSION').map((p) => [p.name, ...p.params].join(';') + ':' + p.value)
  return { name: nameOf(kept), text: ['BEGIN:VCARD', `VERSION:${version === '4.0' ? '4.0' : '3.0'}`, ...body, 'END:VCARD'].join('\r\n') }
}

function nameOf(properties: Property[]): string {
  const fn = properties.find((p) => p.name === 'FN')?.value
  const n = properties.find((p) => p.name === 'N')?.value.split(';')
  return (fn || [n?.[1], n?.[0]].filter(Boolean).join(' ')).replace(/\\(.)/g, '$1').trim().slice(0, 80)
}

/** Cuts the text into cards; a card cut short (no END:VCARD) is returned with its problem. */
export function vcardCards(text: string): RawCard[] {
  const lines = text.split(/\r\n|\n|\r/)
  const cards: RawCard[] = []
  let open: { firstLine: number; lines: string[] } | undefined
  const close = (lastLine: number, problem?: string) => {
    const rewritten = rewrite(open!.lines)
    cards.push({ number: cards.length + 1, firstLine: open!.firstLine, lastLine, ...rewritten, ...(problem ? { problem, text: undefined } : {}) })
    open = undefined
  }
  lines.forEach((line, i) => {
    if (BEGIN.test(line)) {
      if (open) close(i, 'it has no END:VCARD, so where it ends is unclear')
      open = { firstLine: i + 1, lines: [] }
    } else if (END.test(line) && open) close(i + 1)
    else open?.lines.push(line)
  })
  if (open) close(lines.length, 'it has no END:VCARD: the file may be cut short')
  return cards
}
