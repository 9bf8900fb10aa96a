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
    expect(JSON.parse((await cli('import', 'contacts', vcfPath, '--json')).out)).toMatchObject({ imported: 7 })
    const again = await cli('export', 'contacts', '--format', 'csv')
    expect(again.out).toContain('José Muñoz,+12125550101,,jose@example.org,"12 Main St, Springfield",4B')
  })

  it('refuses a bad mapping and an unknown format as usage errors', async () => {
    expect((await cli('import', 'contacts', fixture('messy.csv'), '--map', '{"Phone":"fax"}')).code).toBe(2)
    expect((await cli('export', 'contacts', '--format', 'xlsx')).code).toBe(2)
  })

  it('fails with one clear message for a file it cannot read', async () => {
    const broken = join(home, 'phone.vcf')
    await writeFile(broken, 'BEGIN:VCARD\nnot a card at all')
    const { code, err } = await cli('import', 'contacts', broken)
    expect(code).toBe(1)
    expect(err).toMatch(/^massline: This vCard file could not be read/)
  })
})
