import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anyString, fuzz, withinTimeBound } from '../../../test/support/fuzz'
import { planImport, type ImportPlan } from './planImport'
import { UnreadableFileError } from './readCsv'

/** Plans a file and checks the outcome is a consistent plan or one clear error. */
function plan(text: string, fileName = 'people.csv'): ImportPlan | string {
  try {
    const result = planImport({ fileName, text }, 'US')
    // One expect for all problems: thousands of expect() calls would cost more than the plan.
    expect(result.problems.filter((p) => !(Number.isInteger(p.row) && p.row >= 1 && p.reason.trim()))).toEqual([])
    expect(new Set(result.records.map((r) => r.row)).size).toBe(result.records.length)
    expect(result.total).toBeGreaterThanOrEqual(result.records.length)
    return result
  } catch (e) {
    expect(e).toBeInstanceOf(UnreadableFileError)
    expect((e as Error).message).toMatch(/^This /)
    return (e as Error).message
  }
}

/** Characters that matter to CSV, lists, emails and phones, in short or very long runs. */
const TOKENS = [' ', '\t', ',', ';', '|', '"', '\n', '\r\n', '\r', '@', '.', 'a', 'é', '=', '+', '-', '1', 'x@y', '\uFEFF', '\\', "'", ' ext. ', '\u00a0']
const run = fc
  .tuple(fc.constantFrom(...TOKENS), fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.integer({ min: 2_000, max: 20_000 }) }))
  .map(([token, n]) => token.repeat(n))
const HEADERS = ['Name,Phone,Email,Tags,Notes\n', 'Name;Email;Languages\n', 'First Name\tLast Name\tPhone\n', '', 'Name,Email\nA,']
const csvText = fc.tuple(fc.constantFrom(...HEADERS), fc.array(run, { maxLength: 24 })).map(([header, runs]) => header + runs.join(''))

const KIB_156 = 156 * 1024

describe('CSV import fuzzing', () => {
  it('plans crafted cells in time proportional to their size (these were quadratic)', async () => {
    const crafted = {
      'a run of spaces in a list cell': `Name,Tags\nA,"x${' '.repeat(KIB_156)}y"\n`,
      'an email of dot-separated labels that fails at the end': `Name,Email\nA,a@${'a.'.repeat(KIB_156 / 2)}@\n`,
      'an email of dots that fails at the end': `Name,Email\nA,a@${'.'.repeat(KIB_156)}@\n`,
      'spaces around many separators': `Name,Tags\nA,"${' ; '.repeat(KIB_156 / 3)}"\n`,
    }
    for (const [what, text] of Object.entries(crafted)) {
      await expect(withinTimeBound(text, plan), what).resolves.toBeUndefined()
    }
  })

  it('plan any CSV-like text, or refuse it with one clear error, within the bound', async () => {
    await fuzz(csvText, (text) => plan(text))
  })

  it('plan any string at all', async () => {
    await fuzz(fc.oneof(anyString(), fc.string({ unit: 'grapheme', maxLength: 400 })), (text) => plan(text))
  })
})
