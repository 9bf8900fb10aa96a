import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Notebook } from '../../src/core/notebook/Notebook'
import { newContactDoc } from '../../src/shared/contacts/contact'
import type { NoteDoc } from '../../src/shared/notes/note'
import { scalar } from '../../src/shared/notebook/scalar'
import { type HostProcess } from '../support/hostProcess'
import { RESULTS, poll, visible, seedDefaultNotebook, startApp } from '../support/e2eApp'

const DAY = 86_400_000

/** Conversations and a contact, written before the host starts (so the first search builds the index). */
async function seed(nb: Notebook): Promise<void> {
  const now = Date.now()
  const note = (id: string, daysAgo: number, ...paragraphs: string[]): NoteDoc => ({
    id, createdAt: now, updatedAt: now, date: now - daysAgo * DAY, placeId: scalar(''), unit: scalar('4C'), contactIds: [scalar('k-grace')], campaignIds: [],
    problems: [], target: scalar(''), stance: scalar('eager'), body: paragraphs.map((p) => `\uFFFC${p}`).join(''), quotes: {}, followUp: null,
  })
  await nb.putRecords('notes', [
    note('n-radiator', 3, 'Grace on the fourth floor: the radiators have been cold since the first frost.', 'She has asked the super three times; nobody came. Ready to sign the petition.'),
    note('n-lift', 9, 'Lift broken again for two weeks, the elderly neighbours stuck upstairs.', 'Would come to a meeting about repairs.'),
    note('n-rent', 20, 'Rent went up 12% this year. Says the management company ignores every letter.'),
  ])
  await nb.putRecords('contacts', [
    newContactDoc('k-grace', { name: 'Grace Okoye', phones: ['+12125550188'], tags: ['building committee'], notes: 'Knows everyone on the fourth floor' }, now - 30 * DAY),
    newContactDoc('k-hamid', { name: 'Hamid Rahimi', phones: ['+12125550142'] }, now - 30 * DAY),
  ])
}

describe('search in Chromium', () => {
  let browser: Browser
  let host: HostProcess
  let page: Page

  beforeAll(async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-e2e-search-'))
    await seedDefaultNotebook(home, seed)
    ;({ browser, host, page } = await startApp(home, { width: 1280, height: 800 }))
    await page.goto(`${host.url}#today`)
    await visible(page.getByRole('navigation').first())
  })

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })

  it('finds a conversation from a word in its body in the command palette, and opens it', async () => {
    await page.keyboard.press('Control+k')
    await page.getByLabel('Command palette').fill('radiat')
    const hit = page.getByRole('option', { name: /Grace on the fourth floor/ })
    await visible(hit)
    expect(await hit.locator('mark').first().textContent()).toBe('radiators')
    await page.screenshot({ path: join(RESULTS, 'search-palette.png') })
    await hit.click()
    await poll(() => page.evaluate(() => location.hash)).toBe('#notes/n-radiator')
  })

  it('searches on its page with the query in the address, grouped, filtered and highlighted', async () => {
    await page.goto(`${host.url}#search/${encodeURIComponent('fourth floor')}`)
    await page.reload()
    const box = page.getByLabel('Search the notebook')
    await poll(() => box.inputValue()).toBe('fourth floor')
    const notes = page.getByRole('region', { name: 'Notes' })
    const contacts = page.getByRole('region', { name: 'Contacts' })
    await visible(notes.getByTestId('search-hit').first())
    await visible(contacts.getByTestId('search-hit').filter({ hasText: 'Grace Okoye' }))
    expect(await notes.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['fourth', 'floor']))

    await box.fill('repairs')
    await visible(notes.getByTestId('search-hit').filter({ hasText: 'Lift broken' }))
    await poll(() => page.evaluate(() => location.hash)).toBe('#search/repairs')
    await page.getByRole('button', { name: 'Contacts', exact: true }).click()
    await visible(page.getByText('Nothing matches “repairs” with these filters.'))
    await page.getByRole('button', { name: 'Contacts', exact: true }).click()

    await box.fill('the')
    await visible(notes.getByTestId('search-hit').first())
    await page.screenshot({ path: join(RESULTS, 'search-page.png') })
    await poll(() => notes.getByTestId('search-hit').count()).toBe(3)
    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10)
    await page.getByLabel('From').fill(tenDaysAgo)
    await poll(() => notes.getByTestId('search-hit').count()).toBe(2)
    await page.getByLabel('From').fill('')

    await notes.getByTestId('search-hit').filter({ hasText: 'Rent went up' }).click()
    await poll(() => page.evaluate(() => location.hash)).toBe('#notes/n-rent')
  })

  it('finds a contact by name or the end of a phone number and opens the contact', async () => {
    await page.goto(`${host.url}#search`)
    const box = page.getByLabel('Search the notebook')
    await box.fill('0142')
    const hit = page.getByRole('region', { name: 'Contacts' }).getByTestId('search-hit').filter({ hasText: 'Hamid Rahimi' })
    await visible(hit)
    await box.fill('okoy')
    await visible(page.getByRole('region', { name: 'Contacts' }).getByTestId('search-hit').filter({ hasText: 'Grace Okoye' }))
    await page.getByRole('region', { name: 'Contacts' }).getByTestId('search-hit').filter({ hasText: 'Grace Okoye' }).click()
    await poll(() => page.evaluate(() => location.hash)).toBe('#contacts/k-grace')
    await poll(() => page.getByRole('complementary', { name: 'Contact' }).getByTestId('contact-title').textContent()).toBe('Grace Okoye')
  })
})
