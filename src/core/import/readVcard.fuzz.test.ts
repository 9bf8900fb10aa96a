import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeImportFile } from '../../shared/contacts/importFile'
import { anyString, fuzz } from '../../../test/support/fuzz'
import { planImport } from './planImport'
import { UnreadableFileError } from './readCsv'

/** Plans a file as vCard and checks the outcome is a consistent plan or one clear error. */
function plan(text: string, fileName = 'cards.vcf'): void {
  try {
    const result = planImport({ fileName, text }, 'US')
    expect(result.problems.filter((p) => !(Number.isInteger(p.row) && p.row >= 1 && p.reason.trim()))).toEqual([])
    expect(result.records.length + result.problems.filter((p) => p.severity === 'error').length).toBeGreaterThanOrEqual(result.total)
  } catch (e) {
    expect(e).toBeInstanceOf(UnreadableFileError)
    expect((e as Error).message).toMatch(/^This /)
  }
}

/** Lines a vCard file is made of, good and broken, 2.1 to 4.0, in short or very long runs. */
const LINES = [
  'BEGIN:VCARD', 'END:VCARD', 'VERSION:2.1', 'VERSION:3.0', 'VERSION:4.0', 'FN:Rosa Díaz', 'N:Díaz;Rosa;;;', 'TEL;CELL:718-555-0150 ext. 2',
  'TEL;TYPE="cell:555', 'TEL;VALUE=uri:tel:+1-917-555-0199;ext=7', 'EMAIL;INTERNET:a@b.org', 'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Habl=C3=',
  '=A1 con =', 'NOTE;QUOTED-PRINTABLE;CHARSET=x-unknown:=FF=FE', 'ADR;TYPE=HOME:;4B;12 Main St;Springfield;;;', 'CATEGORIES:a,b', ' folded', '\tfolded',
  'garbage', ':', ';;;', 'item1.TEL:555', 'PHOTO;ENCODING=BASE64:AAAA', '"', '\\', '=',
]
const line = fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...LINES) }, { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...LINES), fc.integer({ min: 100, max: 5_000 })).map(([l, n]) => l.repeat(n)) }, { weight: 3, arbitrary: anyString(40) })
const vcardText = fc.tuple(fc.array(line, { maxLength: 60 }), fc.constantFrom('\r\n', '\n', '\r')).map(([lines, eol]) => lines.join(eol))

describe('vCard import fuzzing', () => {
  it('plan any vCard-like text, or refuse it with one clear error, within the bound', async () => {
    await fuzz(vcardText, (text) => plan(text))
  })

  it('plan any string named .vcf', async () => {
    await fuzz(anyString(), (text) => plan(text))
  })

  it('decode any bytes to text or one clear sentence, and plan what decodes', async () => {
    await fuzz(fc.tuple(fc.uint8Array({ maxLength: 2_000 }), fc.constantFrom('x.csv', 'x.vcf')), ([bytes, name]) => {
      const decoded = decodeImportFile(bytes)
      if (decoded.ok) plan(decoded.text, name)
      else expect(decoded.reason).toMatch(/^This file is .*: Massline imports contacts from CSV or vCard \(\.vcf\) files\.$/)
    })
  })
})
