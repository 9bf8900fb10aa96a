import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { planImport } from './planImport'

// Cell text as people type it: accents, commas, quotes, semicolons-free (they split lists), line breaks.
// A leading apostrophe before a formula character is how exports escape formulas, so it is read as that.
const cell = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9 ,."'\n-]{1,20}$/).filter((s) => s.trim().length > 0 && !/^[\s,.-]+$/.test(s) && !/^'\s*-/.test(s))

describe('planning an import', () => {
  it('reads back whatever a spreadsheet wrote, with or without BOM and CRLF', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: cell, note: cell }), { minLength: 1, maxLength: 15 }), fc.boolean(), fc.boolean(), (people, bom, crlf) => {
        const csv = Papa.unparse({ fields: ['Name', 'Notes'], data: people.map((p) => [p.name, p.note]) }, { newline: crlf ? '\r\n' : '\n' })
        const plan = planImport({ fileName: 'people.csv', text: `${bom ? '\uFEFF' : ''}${csv}` }, 'US')
        expect(plan.problems.filter((p) => p.severity === 'error')).toEqual([])
        expect(plan.records.map((r) => r.input.name)).toEqual(people.map((p) => p.name.trim()))
        expect(plan.records.map((r) => r.input.notes)).toEqual(people.map((p) => p.note.trim()))
      }),
      { numRuns: 60 },
    )
  })

  it('reads a cell escaped against formulas as the value it escapes', () => {
    const plan = planImport({ fileName: 'x.csv', text: `Name,Notes\n"'=SUM(1)","'-2+3"\n"'Rosa",'it\n` }, 'US')
    expect(plan.records.map((r) => [r.input.name, r.input.notes])).toEqual([
      ['=SUM(1)', '-2+3'],
      ["'Rosa", "'it"],
    ])
  })

  it('reads semicolon and tab separated files, and is not swayed by semicolons in a note', () => {
    const rows = (text: string) => planImport({ fileName: 'x.csv', text }, 'US').records.map((r) => [r.input.name, r.input.notes])
    expect(rows('Name;Notes\nRosa;heat, mold\n')).toEqual([['Rosa', 'heat, mold']])
    expect(rows('Name\tNotes\nRosa\theat; mold\n')).toEqual([['Rosa', 'heat; mold']])
    expect(rows('Name,Notes\nRosa,"heat; mold; rent; lease; repairs"\n')).toEqual([['Rosa', 'heat; mold; rent; lease; repairs']])
  })

  it('leaves out only the broken row, and numbers rows as a spreadsheet does', () => {
    const plan = planImport({ fileName: 'x.csv', text: 'Name,Phone\nRosa,212 555 0101\n\n"Ana, the elder",212 555 0102\nBroken,1,2\nLuis,\n' }, 'US')
    expect(plan.records.map((r) => [r.row, r.input.name])).toEqual([
      [2, 'Rosa'],
      [4, 'Ana, the elder'],
      [6, 'Luis'],
    ])
    expect(plan.problems).toMatchObject([{ row: 5, severity: 'error' }])
    expect(plan.total).toBe(4)
  })

  it('names every row an unclosed quote ran together, and numbers the rows after as they will be once it is closed', () => {
    const plan = planImport({ fileName: 'x.csv', text: 'Name,Phone\nAna,212 555 0101\n"Bob,212 555 0102\nCid,212 555 0103\nDee,"212 555 0104"\nEve,212 555 0105\n' }, 'US')
    expect(plan.problems.map((p) => [p.row, p.severity])).toEqual([
      [3, 'error'],
      [4, 'error'],
      [5, 'error'],
    ])
    expect(plan.problems[0]!.reason).toMatch(/rows 3–5 ran together/)
    expect(plan.problems[1]!.reason).toMatch(/ran into row 3/)
    expect(plan.records.map((r) => [r.row, r.input.name])).toEqual([
      [2, 'Ana'],
      [6, 'Eve'],
    ])
    expect(plan.total).toBe(5)
  })

  it('names every row when an unclosed quote runs to the end of the file', () => {
    const plan = planImport({ fileName: 'x.csv', text: 'Name,Phone\r\nAna,"212 555 0101\r\nBob,212 555 0102\r\nCid,212 555 0103\r\n' }, 'US')
    expect(plan.problems.map((p) => p.row)).toEqual([2, 3, 4])
    expect(plan.records).toEqual([])
  })

  it('leaves out a row with a cell beyond the size cap, naming its column', () => {
    const plan = planImport({ fileName: 'x.csv', text: `Name,Notes\nAna,${'x'.repeat(40_000)}\nBob,short\n` }, 'US')
    expect(plan.problems).toMatchObject([{ row: 2, column: 'Notes', severity: 'error' }])
    expect(plan.problems[0]!.reason).toMatch(/40,000 characters; a cell may hold 32,768/)
    expect(plan.records.map((r) => r.input.name)).toEqual(['Bob'])
  })

  it('refuses text that is binary data, or too large, with one error', () => {
    expect(() => planImport({ fileName: 'x.csv', text: 'Name\n\u0000\u0001\u0002\u0003\u0004\u0005' }, 'US')).toThrow(/^This file is not a text file/)
    expect(() => planImport({ fileName: 'x.csv', text: 'Name\n' + 'a'.repeat(33 * 1024 * 1024) }, 'US')).toThrow(/^This file is 33.0 MB; Massline imports files up to 32.0 MB/)
    expect(() => planImport({ fileName: 'x.csv', text: Array.from({ length: 1001 }, (_, i) => `c${i}`).join(',') }, 'US')).toThrow(/1,001 columns/)
  })
})
