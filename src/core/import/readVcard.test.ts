import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { planImport } from './planImport'

const plan = (text: string) => planImport({ fileName: 'cards.vcf', text }, 'US')
const card = (...lines: string[]) => ['BEGIN:VCARD', ...lines, 'END:VCARD'].join('\r\n')

describe('reading vCards', () => {
  it('imports the good cards of a file mixing 2.1, 3.0 and 4.0, and names the broken ones', () => {
    const result = plan(readFileSync(join(import.meta.dirname, 'fixtures', 'mixed-versions.vcf'), 'utf8'))
    expect(result.records.map((r) => [r.row, r.input.name, r.input.phones])).toEqual([
      [1, 'José Muñoz', ['+17185550150;ext=2']],
      [2, 'Jürgen Müller', ['+12125550199']],
      [3, 'Rosa Díaz', ['+12125550103']],
      [5, 'Ana Ruiz', ['+19175550199;ext=7']],
    ])
    expect(result.records[0]!.input.notes).toBe('Hablá con él en la huelga\nde inquilinos')
    expect(result.problems.map((p) => [p.row, p.severity, p.reason])).toEqual([
      [4, 'error', '“Broken Quote” (lines 25–29) could not be read: its TEL line has a quote that is never closed, or no colon'],
      [6, 'error', '“Cut Short” (lines 36–40) could not be read: it has no END:VCARD: the file may be cut short'],
    ])
    expect(result.total).toBe(6)
  })

  it('reads 2.1 bare type parameters, and QUOTED-PRINTABLE in UTF-8 and ISO-8859-1 across soft line breaks', () => {
    const result = plan(
      [
        card('VERSION:2.1', 'N;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Pe=F1a;Bego=F1a', 'TEL;WORK;VOICE:212 555 0111', 'EMAIL;PREF;INTERNET:b@example.org'),
        card('VERSION:2.1', 'FN;QUOTED-PRINTABLE;CHARSET=UTF-8:=E6=9D=8E=E5=B0=8F=', '=E9=BE=99', 'NOTE;ENCODING=QUOTED-PRINTABLE:first line=0D=0Asecond, with a comma=3B and a semicolon'),
      ].join('\r\n'),
    )
    expect(result.problems).toEqual([])
    expect(result.records.map((r) => [r.input.name, r.input.phones, r.input.email, r.input.notes])).toEqual([
      ['Begoña Peña', ['+12125550111'], 'b@example.org', ''],
      ['李小龙', [], '', 'first line\nsecond, with a comma; and a semicolon'],
    ])
  })

  it('reports a card that runs into the next one without END:VCARD, and reads the next', () => {
    const result = plan(['BEGIN:VCARD', 'VERSION:3.0', 'FN:No End', card('VERSION:3.0', 'FN:Next One')].join('\r\n'))
    expect(result.records.map((r) => r.input.name)).toEqual(['Next One'])
    expect(result.problems).toMatchObject([{ row: 1, severity: 'error', reason: expect.stringMatching(/^“No End” \(lines 1–3\) could not be read: it has no END:VCARD/) }])
  })

  it('refuses a .vcf file with no card in it at all', () => {
    expect(() => plan('hello\r\nworld\r\n')).toThrow(/^This file has no vCard in it/)
  })
})
