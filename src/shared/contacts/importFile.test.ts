import { describe, expect, it } from 'vitest'
import { decodeImportFile, looksBinary, MAX_IMPORT_BYTES } from './importFile'

const CSV = 'Name,Phone\r\nJosé Muñoz,212 555 0101\r\n'
const utf16 = (text: string, littleEndian: boolean, bom: boolean) => {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2)
  const view = new DataView(bytes.buffer)
  ;[...(bom ? '\uFEFF' : ''), ...text].forEach((ch, i) => view.setUint16(i * 2, ch.charCodeAt(0), littleEndian))
  return bytes
}
const text = (bytes: Uint8Array) => {
  const decoded = decodeImportFile(bytes)
  return decoded.ok ? decoded.text : `refused: ${decoded.reason}`
}

/** A deterministic stream of random-looking bytes (xorshift), so the test is the same every run. */
function noise(length: number, seed = 0x9e3779b9): Uint8Array {
  const bytes = new Uint8Array(length)
  let x = seed
  for (let i = 0; i < length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    bytes[i] = x & 0xff
  }
  return bytes
}

describe('decoding a file chosen for import', () => {
  it('reads UTF-8 with or without a byte-order mark, UTF-16 either way round with or without one, and Windows-1252', () => {
    expect(text(new TextEncoder().encode(CSV))).toBe(CSV)
    expect(text(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(CSV)]))).toBe(CSV)
    expect(text(utf16(CSV, true, true))).toBe(CSV)
    expect(text(utf16(CSV, false, true))).toBe(CSV)
    expect(text(utf16(CSV, true, false))).toBe(CSV)
    expect(text(utf16(CSV, false, false))).toBe(CSV)
    expect(text(new Uint8Array([...CSV].map((ch) => ch.charCodeAt(0))))).toBe(CSV)
  })

  it('refuses random bytes, images, archives, workbooks and PDFs with one sentence saying what the file is', () => {
    expect(text(noise(5000))).toBe('refused: This file is not a text file: Massline imports contacts from CSV or vCard (.vcf) files.')
    expect(text(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...noise(200)]))).toMatch(/^refused: This file is a PNG image: /)
    expect(text(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...noise(200)]))).toMatch(/^refused: This file is a zip archive, or a workbook \(.xlsx, .ods, .numbers\). Save the sheet as CSV/)
    expect(text(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, ...noise(200)]))).toMatch(/old Excel workbook/)
    expect(text(new TextEncoder().encode('%PDF-1.7\n'))).toMatch(/a PDF/)
    expect(text(new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x00, 0x43]))).toMatch(/^refused: This file is not a text file/)
  })

  it('refuses a file over the size cap before decoding it', () => {
    expect(text(new Uint8Array(MAX_IMPORT_BYTES + 1))).toMatch(/^refused: This file is 32.0 MB; Massline imports files up to 32.0 MB/)
  })

  it('keeps a stray control character in real text, and calls many of them binary', () => {
    expect(looksBinary(`${CSV}Ana,"a bell \u0007 in a note"\r\n`)).toBe(false)
    expect(looksBinary('\u0001\u0002\u0003\u0004\u0005 and some text')).toBe(true)
    expect(looksBinary('text with a NUL \u0000')).toBe(true)
  })
})
