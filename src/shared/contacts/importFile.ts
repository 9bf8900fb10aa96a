/**
 * The bytes of a file chosen for contact import, turned into text or refused with one
 * clear reason. Shared by the CLI (which reads the file) and the renderer (which reads it
 * from the file input), so both accept and refuse the same files.
 */

/** A 100,000-row export with a dozen columns is about 15 MB. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024
/** One cell or vCard value: a long note fits; a runaway quote swallowing the file does not. */
export const MAX_CELL_CHARS = 32 * 1024
export const MAX_COLUMNS = 1_000

export type DecodedFile = { ok: true; text: string } | { ok: false; reason: string }

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

export function tooLarge(bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined
  return `This file is ${megabytes(bytes)}; Massline imports files up to ${megabytes(MAX_IMPORT_BYTES)}. Split it into smaller files.`
}

const SAVE_AS = 'Massline imports contacts from CSV or vCard (.vcf) files'
const SIGNATURES: { magic: number[]; what: string }[] = [
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive, or a workbook (.xlsx, .ods, .numbers). Save the sheet as CSV and import that' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel workbook (.xls). Save the sheet as CSV and import that' },
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'a PDF' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { magic: [0x1f, 0x8b], what: 'a gzip archive' },
]

const notText = (what = 'not a text file') => ({ ok: false as const, reason: `This file is ${what}: ${SAVE_AS}.` })

/**
 * Characters no CSV or vCard holds: C0 controls other than tab, line feed, vertical tab,
 * form feed, carriage return and the DOS end-of-file mark. A stray one is kept; many mean
 * the file is not text.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u0019\u001b-\u001f]/g

/** True when the text is mostly not text: binary data decoded as if it were. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 64 * 1024)
  const controls = sample.match(CONTROL)?.length ?? 0
  const replaced = sample.split('\uFFFD').length - 1
  return sample.includes('\u0000') || controls + replaced > Math.max(4, sample.length / 100)
}

/** The same checks on text already decoded, as the bridge carries it. */
export function refuseText(text: string): string | undefined {
  return tooLarge(text.length) ?? (looksBinary(text) ? notText().reason : undefined)
}

function decode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/** UTF-16 written without a byte-order mark: every other byte of ASCII text is zero. */
function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, 4096 - (bytes.length % 2))
  let even = 0
  let odd = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0 && i % 2) odd++
    else if (sample[i] === 0) even++
  }
  const half = sample.length / 2
  if (odd > half * 0.9 && even === 0) return decode('utf-16le', bytes)
  if (even > half * 0.9 && odd === 0) return decode('utf-16be', bytes)
  return undefined
}

/**
 * UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark or plainly
 * laid out, else Windows-1252, which is what Excel on Windows writes as "CSV".
 */
export function decodeImportFile(bytes: Uint8Array): DecodedFile {
  const large = tooLarge(bytes.byteLength)
  if (large) return { ok: false, reason: large }
  const starts = (magic: number[]) => magic.every((byte, i) => bytes[i] === byte)
  let text: string | undefined
  if (starts([0xef, 0xbb, 0xbf])) text = decode('utf-8', bytes)
  else if (starts([0xff, 0xfe])) text = decode('utf-16le', bytes)
  else if (starts([0xfe, 0xff])) text = decode('utf-16be', bytes)
  else {
    const signature = SIGNATURES.find((s) => starts(s.magic))
    if (signature) return notText(signature.what)
    text = bytes.includes(0) ? utf16WithoutBom(bytes) : (decode('utf-8', bytes) ?? decode('windows-1252', bytes))
  }
  if (text === undefined || looksBinary(text)) return notText()
  return { ok: true, text: text.replace(/^\uFEFF/, '') }
}
