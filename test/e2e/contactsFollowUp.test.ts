import { readFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Notebook } from '../../src/core/notebook/Notebook'
import { newContactDoc, type ContactDoc } from '../../src/shared/contacts/contact'
import { newInteractionDoc } from '../../src/shared/contacts/interactions'
import { newLevelEntry } from '../../src/shared/contacts/levels'
import { type HostProcess } from '../support/hostProcess'
import { RESULTS, poll, visible, seedDefaultNotebook, startApp } from '../support/e2eApp'

const DAY = 86_400_000
const MESSY = readFileSync(resolve('src/core/import/fixtures/messy.csv'))

/** Three people last reached weeks ago (so due or overdue today), in a notebook made before the host starts. */
async function seed(nb: Notebook): Promise<void> {
  const now = Date.now()
  const person = (id: string, name: string, daysAgo: number, level: 'advanced' | 'intermediate'): ContactDoc => ({
    ...newContactDoc(id, { name, phones: [`+1212555${id.padStart(4, '0')}`], owner: 'Ana', tags: ['rent strike'] }, now - 120 * DAY),
    [`level:${id}a`]: newLevelEntry('rent', 'intermediate', now - 100 * DAY, 'Ana', 'came to the first meeting'),
    [`level:${id}b`]: newLevelEntry('rent', level, now - 50 * DAY, 'Ana', 'spoke at the speak-out'),
    [`log:${id}`]: newInteractionDoc({ kind: 'doorKnock', at: now - daysAgo * DAY, outcome: 'reached', minutes: 15, by: 'Ana', note: 'Heat off since October' }),
  })
  await nb.putRecords('contacts', [person('7001', 'Grace Okoye', 20, 'advanced'), person('7002', 'Hamid Rahimi', 35, 'intermediate'), person('7003', 'Ines Ferreira', 31, 'intermediate')])
}

describe('contacts and follow-up in Chromium', () => {
  let browser: Browser
  let host: HostProcess
  let page: Page
  const rowsOf = (testId: string) => page.getByTestId(testId)

  beforeAll(async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-e2e-contacts-'))
    await seedDefaultNotebook(home, seed)
    ;({ browser, host, page } = await startApp(home, { width: 1360, height: 860 }))
    await page.goto(`${host.url}#contacts`)
    await visible(rowsOf('contact-row').first())
  })

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })

  it('imports a messy CSV: maps columns, shows the row report and the duplicates, then imports with progress', async () => {
    await page.getByRole('button', { name: 'Import' }).click()
    await page.getByLabel('File to import').setInputFiles({ name: 'tenants export.csv', mimeType: 'text/csv', buffer: MESSY })
    await poll(() => page.getByTestId('import-summary').textContent()).toMatch(/Generic CSV: 5 of 6 rows ready, 1 left out/)
    await page.getByLabel('Column Notes').selectOption('howMet')
    await poll(() => page.getByLabel('Column Notes').inputValue()).toBe('howMet')
    const report = page.getByRole('list', { name: 'Row report' })
    await poll(() => report.textContent()).toMatch(/Row 5: left out, could not be read: has 11 cells/)
    await poll(() => report.textContent()).toMatch(/Row 7 · Phone: “not a number” is not a phone number/)
    await poll(() => page.getByRole('list', { name: 'Possible duplicates' }).textContent()).toMatch(/Row 8 \(Jose Munoz\) looks like row 2 of this file/)
    await page.getByRole('button', { name: 'Import 5 contacts' }).click()
    await poll(() => page.getByTestId('import-result').textContent()).toMatch(/Imported 5 contacts, 2 new places/)
    await poll(() => rowsOf('contact-row').count()).toBe(8)
    await page.getByRole('button', { name: 'Close' }).click()
  })

  it('finds the duplicates and merges two into one', async () => {
    await page.getByRole('button', { name: 'Duplicates' }).click()
    const group = rowsOf('duplicate-group').filter({ hasText: 'José Muñoz' })
    await visible(group)
    expect(await group.textContent()).toMatch(/same phone/)
    await group.getByRole('button', { name: 'Merge into one' }).click()
    await poll(() => page.getByText('No duplicates found.').count()).toBe(1)
    await page.getByRole('button', { name: 'Close' }).click()
    await poll(() => rowsOf('contact-row').count()).toBe(7)
    await poll(() => page.getByRole('complementary', { name: 'Contact' }).getByTestId('contact-title').textContent()).toBe('José Muñoz')
  })

  it('filters and sorts the table, and shows a contact page with level movement and the interaction log', async () => {
    await page.getByRole('combobox', { name: 'Tag' }).selectOption('rent strike')
    await poll(() => rowsOf('contact-row').count()).toBe(4)
    await page.getByRole('combobox', { name: 'Tag' }).selectOption('')
    await page.getByLabel('Select Rosa Díaz').check()
    await page.getByLabel('Select Marcus Lee').check()
    await page.getByLabel('Tag to add').fill('building committee')
    await page.getByRole('button', { name: 'Add tag' }).click()
    await page.getByRole('combobox', { name: 'Tag' }).selectOption('building committee')
    await poll(() => rowsOf('contact-row').count()).toBe(2)
    await page.getByRole('button', { name: 'Remember view' }).click()
    await page.getByLabel('Name of the view').fill('Committee')
    await page.getByLabel('Name of the view').press('Enter')
    await page.getByRole('combobox', { name: 'Tag' }).selectOption('')
    await poll(() => rowsOf('contact-row').count()).toBe(7)
    await page.getByLabel('Saved views').selectOption('Committee')
    await poll(() => rowsOf('contact-row').count()).toBe(2)
    await page.getByRole('combobox', { name: 'Tag' }).selectOption('')
    await page.getByLabel('Export contacts').selectOption('vcf')
    await poll(() => page.getByRole('status').filter({ hasText: /contacts\.vcf/ }).textContent()).toMatch(/Saved .*contacts\.vcf$/)
    await page.getByRole('button', { name: /^Next contact/ }).click()
    // Grace is advanced (every two weeks) and was last reached 20 days ago: the most overdue.
    await poll(() => rowsOf('contact-row').first().textContent()).toMatch(/Grace Okoye/)
    await page.screenshot({ path: join(RESULTS, 'contacts-table.png') })
    await rowsOf('contact-row').filter({ hasText: 'Grace Okoye' }).click()
    const pane = page.getByRole('complementary', { name: 'Contact' })
    await poll(() => pane.getByTestId('level-track').textContent()).toMatch(/Intermediate.*Advanced/)
    await poll(() => pane.getByTestId('interaction-log').textContent()).toMatch(/Door knock · Reached.*Heat off since October/)
    await pane.getByLabel('Recruited by').fill('Hamid Rahimi')
    await pane.getByLabel('Recruited by').press('Enter')
    await visible(pane.getByRole('button', { name: 'Remove Hamid Rahimi' }))
    await pane.getByRole('heading', { name: 'Follow-up' }).evaluate((h) => h.scrollIntoView({ block: 'start' }))
    await page.screenshot({ path: join(RESULTS, 'contact-page.png') })
  })

  it('logs three calls from Today with the keyboard, and their next dates move', async () => {
    await page.getByRole('button', { name: /^Today/ }).click()
    const due = rowsOf('due-row')
    await poll(() => due.count()).toBe(3)
    expect(await due.first().textContent()).toMatch(/Grace Okoye.*Overdue/)
    await page.screenshot({ path: join(RESULTS, 'today.png') })
    await page.getByRole('listbox', { name: 'Due and overdue follow-ups' }).focus()
    await page.keyboard.press('j')
    await poll(() => due.nth(1).getAttribute('aria-selected')).toBe('true')
    await page.keyboard.press('k')
    await page.keyboard.press('1')
    await poll(() => due.count()).toBe(2)
    await page.keyboard.press('2')
    await poll(() => due.count()).toBe(1)
    await page.keyboard.press('3')
    await poll(() => due.count()).toBe(0)
    await visible(page.getByRole('heading', { name: 'Nobody is due for a call today' }))

    await page.getByRole('button', { name: /^Contacts/ }).click()
    await page.getByRole('combobox', { name: 'Follow-up' }).selectOption('overdue')
    await poll(() => rowsOf('contact-row').count()).toBe(0)
    await page.getByRole('combobox', { name: 'Follow-up' }).selectOption('')
    // Reached: the advanced come back in two weeks; no answer: try again in two days.
    const nextOf = async (name: string) => {
      await rowsOf('contact-row').filter({ hasText: name }).click()
      return page.getByRole('complementary', { name: 'Contact' }).getByTestId('contact-next')
    }
    const day = (offset: number) => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' }).format(Date.now() + offset * DAY)
    await poll(async () => (await nextOf('Grace Okoye')).textContent()).toContain(day(14))
    await poll(() => page.getByTestId('interaction-log').textContent()).toMatch(/^Call · Reached/)
    await poll(async () => (await nextOf('Hamid Rahimi')).textContent()).toContain(day(2))
  })

  it('edits the notebook cadence rules, and next dates follow them', async () => {
    await page.getByRole('button', { name: /^Today/ }).click()
    await page.getByRole('button', { name: 'Cadence rules' }).click()
    await page.getByLabel('Advanced every (days)', { exact: true }).fill('10')
    await page.getByRole('button', { name: 'Save rules' }).click()
    await page.getByRole('button', { name: /^Contacts/ }).click()
    await rowsOf('contact-row').filter({ hasText: 'Grace Okoye' }).click()
    const day10 = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' }).format(Date.now() + 10 * DAY)
    await poll(() => page.getByTestId('contact-next').textContent()).toContain(day10)
  })
  it('judges levels in campaign records: the typed “rent” became one, and the pickers list and make campaigns by name', async () => {
    await page.getByRole('button', { name: /^Contacts/ }).click()
    await rowsOf('contact-row').filter({ hasText: 'Grace Okoye' }).click()
    const pane = page.getByRole('complementary', { name: 'Contact' })
    const picker = pane.getByRole('combobox', { name: 'Campaign for the level' })
    // The level typed as “rent” by an older picker is now a level in a campaign record of that name.
    await poll(() => picker.locator('option').allInnerTexts()).toEqual(['Pick a campaign', 'rent', 'New campaign…'])
    await picker.selectOption({ label: 'New campaign…' })
    await pane.getByLabel('Campaign for the level: name of the new campaign').fill('Tenant union drive')
    await pane.getByRole('button', { name: 'Create campaign' }).click()
    await poll(() => picker.inputValue()).toMatch(/^[0-9a-f-]{36}$/)
    await pane.getByLabel('Level', { exact: true }).selectOption('advanced')
    await pane.getByRole('button', { name: 'Set level' }).click()
    await poll(() => pane.getByTestId('level-track').allInnerTexts()).toEqual([expect.stringMatching(/^rent\s/), expect.stringMatching(/^Tenant union drive\s+Advanced/)])

    await page.getByLabel('Select Rosa Díaz').check()
    await page.getByLabel('Select Marcus Lee').check()
    const bulk = page.getByRole('toolbar', { name: 'Change the selected contacts' })
    await bulk.getByRole('combobox', { name: 'Campaign' }).selectOption({ label: 'Tenant union drive' })
    await bulk.getByLabel('Level to set').selectOption('intermediate')
    await bulk.getByRole('button', { name: 'Set level' }).click()
    await page.getByRole('combobox', { name: 'Campaign', exact: true }).first().selectOption({ label: 'Tenant union drive' })
    await poll(() => rowsOf('contact-row').count()).toBe(3)
    await page.goto(`${host.url}#campaigns`)
    await poll(() => page.getByTestId('campaign-row').locator('.campaign-name').allInnerTexts()).toEqual(['rent', 'Tenant union drive'])
  })
})
