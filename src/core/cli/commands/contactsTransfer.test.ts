import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { runCaptured } from '../../../../test/support/cli'

const fixture = (name: string) => join(import.meta.dirname, '..', '..', 'import', 'fixtures', name)
let home: string
const cli = (...args: string[]) => runCaptured([...args, '--home', home])

describe('massline import contacts / export contacts', () => {
  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'massline-cli-contacts-'))
  })

  it('imports a messy CSV with a row report, then exports CSV and vCard that import back alike', async () => {
    const imported = await cli('import', 'contacts', fixture('messy.csv'), '--map', '{"Notes":"howMet"}', '--json')
    expect(imported.code).toBe(0)
    expect(JSON.parse(imported.out)).toMatchObject({ imported: 5, skipped: 0, places: 2, problems: [{ row: 5, severity: 'error' }, { row: 7 }, { row: 7 }] })
    const human = await cli('import', 'contacts', fixture('ngp-van.csv'))
    expect(human.out).toMatch(/^Imported 2 contacts/)

    const out = join(home, 'contacts.csv')
    expect((await cli('export', 'contacts', '--format', 'csv', '--out', out)).out).toBe(`Wrote 7 contacts to ${out}`)
    const text = await readFile(out, 'utf8')
    expect(text.split('\r\n')[0]).toBe('Name,Phone,Other phones,Email,Address,Unit,Tags,Languages,Where met,Owner,Notes')
    expect(text).toContain('José Muñoz,+12125550101,,jose@example.org,"12 Main St, Springfield",4B,"tenant, rent strike",es')

    const vcf = await cli('export', 'contacts', '--format', 'vcf')
    expect(vcf.out.match(/BEGIN:VCARD/g)).toHaveLength(7)
    expect(vcf.out).toContain('FN:José Muñoz')
    expect(vcf.out).toContain('TEL;VALUE=uri;TYPE=cell:tel:+12125550101')
    expect(vcf.out).toContain('TEL;VALUE=text;TYPE=cell:not a number')
    const vcfPath = join(home, 'contacts.vcf')
    await writeFile(vcfPath, vcf.out)

    home = await mkdtemp(join(tmpdir(), 'massline-cli-contacts-'))
    expect(JSON.parse((await cli('import', 'contacts', out, '--json')).out)).toMatchObject({ imported: 7, problems: [{ row: 7, column: 'Phone' }] })
    expect(JSON.parse((await cli('import', 'contacts', vcfPath, '--keep-duplicates', '--json')).out)).toMatchObject({ imported: 7 })
    const again = await cli('export', 'contacts', '--format', 'csv')
    expect(again.out).toContain('José Muñoz,+12125550101,,jose@example.org,"12 Main St, Springfield",4B')
  })

  it('skips the rows of a file imported again, naming whom they match, unless told to keep them', async () => {
    await cli('import', 'contacts', fixture('messy.csv'))
    const again = await cli('import', 'contacts', fixture('messy.csv'))
    expect(again.out).toMatch(/^Imported 0 contacts \(5 duplicates skipped, 0 new places\); import [0-9a-f-]{36}\n {2}row 2: José Muñoz matches José Muñoz \(same phone, same email/)
    expect(JSON.parse((await cli('import', 'contacts', fixture('messy.csv'), '--keep-duplicates', '--json')).out)).toMatchObject({ imported: 5, skipped: 0 })
  })

  it('refuses a bad mapping and an unknown format as usage errors', async () => {
    expect((await cli('import', 'contacts', fixture('messy.csv'), '--map', '{"Phone":"fax"}')).code).toBe(2)
    expect((await cli('export', 'contacts', '--format', 'xlsx')).code).toBe(2)
  })

  it('imports the good cards of a file mixing vCard 2.1, 3.0 and 4.0, and names the broken ones', async () => {
    const { code, out } = await cli('import', 'contacts', fixture('mixed-versions.vcf'))
    expect(code).toBe(0)
    const [head, ...rest] = out.split('\n')
    expect(head).toMatch(/^Imported 4 contacts \(0 duplicates skipped, 0 new places\); import [0-9a-f-]{36}$/)
    expect(rest).toEqual([
      '  card 4: left out, “Broken Quote” (lines 25–29) could not be read: its TEL line has a quote that is never closed, or no colon',
      '  card 6: left out, “Cut Short” (lines 36–40) could not be read: it has no END:VCARD: the file may be cut short',
    ])
    const people = JSON.parse((await cli('export', '--format', 'json')).out).records.contacts.map((c: { name: string; phones: string[] }) => [c.name, c.phones])
    expect(people).toEqual(
      expect.arrayContaining([
        ['José Muñoz', ['+17185550150;ext=2']],
        ['Jürgen Müller', ['+12125550199']],
        ['Rosa Díaz', ['+12125550103']],
        ['Ana Ruiz', ['+19175550199;ext=7']],
      ]),
    )
  })

  it.each([
    ['random.csv', randomBytes(4096), 'This file is not a text file: Massline imports contacts from CSV or vCard (.vcf) files.'],
    ['photo.vcf', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(512)]), 'This file is a PNG image: Massline imports contacts from CSV or vCard (.vcf) files.'],
    ['contacts.csv', Buffer.concat([Buffer.from('PK\x03\x04'), randomBytes(512)]), 'This file is a zip archive, or a workbook (.xlsx, .ods, .numbers). Save the sheet as CSV and import that: Massline imports contacts from CSV or vCard (.vcf) files.'],
  ])('refuses %s, a binary file, with one line and imports nothing', async (name, bytes, message) => {
    const path = join(home, name)
    await writeFile(path, bytes)
    const { code, out, err } = await cli('import', 'contacts', path)
    expect({ code, out, err }).toEqual({ code: 1, out: '', err: `massline: ${message}` })
    expect(JSON.parse((await cli('export', '--format', 'json')).out).records.contacts).toEqual([])
  })

  it('reads a UTF-16 file with a byte-order mark, as Excel writes "Unicode text"', async () => {
    const path = join(home, 'excel.csv')
    await writeFile(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\tPhone\r\nJosé Muñoz\t212 555 0101\r\n', 'utf16le')]))
    expect(JSON.parse((await cli('import', 'contacts', path, '--json')).out)).toMatchObject({ imported: 1, problems: [] })
    expect((await cli('export', 'contacts', '--format', 'csv')).out).toContain('José Muñoz,+12125550101,')
  })
})
