import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Notebook } from '../../src/core/notebook/Notebook'
import { newContactDoc } from '../../src/shared/contacts/contact'
import { scalar } from '../../src/shared/notebook/scalar'
import { type HostProcess } from '../support/hostProcess'
import { RESULTS, poll, visible, seedDefaultNotebook, startApp } from '../support/e2eApp'
import { selectInBody } from '../support/noteBody'

const DAY = 86_400_000

/** One building with five flats, one campaign and one person already known. */
async function seed(nb: Notebook): Promise<void> {
  const now = Date.now()
  await nb.putRecords('places', [{ id: 'maple', createdAt: now, updatedAt: now, kind: scalar('building'), name: scalar('Maple Court'), address: scalar('12 Maple St'), units: ['1A', '1B', '2A', '2B', '3A'].map(scalar) }])
  await nb.putRecords('campaigns', [{ id: 'rent', createdAt: now, updatedAt: now, name: scalar('Rent strike') }])
  await nb.putRecords('contacts', [newContactDoc('grace', { name: 'Grace Okoye', phones: ['+12125550199'] }, now - 30 * DAY)])
}

const pad = (n: number) => String(n).padStart(2, '0')
const localInput = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`

describe('conversation notes in Chromium', () => {
  let browser: Browser
  let host: HostProcess
  let page: Page
  const form = () => page.getByTestId('fast-entry-form')
  const saved = () => poll(() => page.getByTestId('save-state').textContent()).toMatch(/All changes saved/)

  const markQuote = async (text: string) => {
    await selectInBody(page, text)
    await page.keyboard.press("Control+'")
    await visible(form().getByTestId('note-quote').filter({ hasText: text }))
  }

  /** Picks the highlighted suggestion of a typeahead after typing into it. */
  const pick = async (label: string, text: string, option: RegExp) => {
    const box = form().getByRole('combobox', { name: label })
    await box.fill(text)
    await visible(page.getByRole('option', { name: option }))
    await expect(page.locator('[role=listbox] [aria-selected=true]').textContent()).resolves.toMatch(option)
    await box.press('Enter')
  }

  /** Types into the body at its end. */
  const typeBody = async (text: string) => {
    await form().locator('.ml-richtext-content').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(text)
  }

  beforeAll(async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-e2e-notes-'))
    await seedDefaultNotebook(home, seed)
    ;({ browser, host, page } = await startApp(home, { width: 1360, height: 900 }))
    await page.goto(`${host.url}#notes/new`)
    await visible(form().getByLabel('Unit'))
  })

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })

  it('types five conversations in one building, with people old and new, problems, quotes and a follow-up', async () => {
    const evening = new Date()
    evening.setHours(evening.getHours() - 3, 0, 0, 0)
    const followUp = new Date(Date.now() + 3 * DAY)
    const followUpDay = localInput(followUp).slice(0, 10)

    // 1: Rosa, new, created inline with her phone; a new problem with #, a quote, a target and a promised follow-up.
    await form().getByLabel('When').fill(localInput(evening))
    await pick('Place', 'Maple', /Maple Court/)
    await form().getByLabel('Unit').fill('1A')
    await pick('Add a campaign', 'rent', /Rent strike/)
    await pick('Add a person', 'Rosa Díaz 212 555 0101', /New contact: Rosa Díaz · 212 555 0101/)
    await visible(form().getByTestId('note-person').filter({ hasText: 'Rosa Díaz' }))
    await page.keyboard.press('Tab')
    await page.keyboard.type('Heat off since October, and the bathroom is black with #mould')
    await visible(page.getByRole('option', { name: 'New problem “mould”' }))
    await page.keyboard.press('Enter')
    await page.keyboard.type('She said the landlord only fixes things when we all complain together.')
    await visible(form().getByTestId('note-problem').filter({ hasText: 'mould' }))
    await markQuote('the landlord only fixes things when we all complain together')
    await form().getByLabel('Attribution').fill('a tenant of 1A')
    await pick('Add a target', 'Acme Properties', /New target “Acme Properties”/)
    await form().getByLabel('Stance').selectOption('eager')
    await form().getByLabel('Follow up by').fill(followUpDay)
    await form().getByLabel('What was promised').fill('bring the petition')
    await page.keyboard.press('Control+Enter')

    // 2: the place, campaign and time carried over; Grace, already a contact; an objection.
    await poll(() => form().getByRole('heading').textContent()).toBe('Conversation 2')
    await visible(form().getByTestId('note-place').filter({ hasText: 'Maple Court' }))
    await visible(form().getByTestId('note-campaign').filter({ hasText: 'Rent strike' }))
    expect(await form().getByLabel('When').inputValue()).toBe(localInput(evening))
    // Fast entry opens at the unit (wait for the focus to land there, as a typist would see it).
    await poll(() => form().getByLabel('Unit').evaluate((input) => input === document.activeElement)).toBe(true)
    await page.keyboard.type('1B')
    expect(await form().getByLabel('Unit').inputValue()).toBe('1B')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Grace')
    await visible(page.getByRole('option', { name: /Grace Okoye/ }))
    await page.keyboard.press('Enter')
    await typeBody('Grace thinks a rent strike is crazy: strikes never work, we will all get evicted. Same #mou')
    await visible(page.getByRole('option', { name: 'mould' }))
    await page.keyboard.press('Enter')
    await markQuote('strikes never work, we will all get evicted')
    await form().getByTestId('note-quote').getByLabel('Objection').check()
    await form().getByLabel('Stance').selectOption('opposed')
    await page.keyboard.press('Control+Enter')

    // 3: Marcus, new (name only), and Grace mentioned with @; a public quote and a problem typed in the field.
    await poll(() => form().getByRole('heading').textContent()).toBe('Conversation 3')
    await form().getByLabel('Unit').fill('2A')
    await pick('Add a person', 'Marcus Lee', /New contact: Marcus Lee/)
    await typeBody('Marcus says @Grac')
    await visible(page.getByRole('option', { name: 'Grace Okoye' }))
    await page.keyboard.press('Enter')
    await page.keyboard.type('told him about the meeting. The rent went up twelve percent and nobody here can afford it.')
    await visible(form().getByTestId('note-person').filter({ hasText: 'Grace Okoye' }))
    await markQuote('The rent went up twelve percent and nobody here can afford it.')
    await form().getByTestId('note-quote').getByLabel('Use').selectOption('public')
    await form().getByTestId('note-quote').getByLabel('Said by').selectOption({ label: 'Marcus Lee' })
    await pick('Add a problem', 'rent hike', /New problem “rent hike”/)
    await page.screenshot({ path: join(RESULTS, 'notes-fast-entry.png'), fullPage: true })
    await page.keyboard.press('Control+Enter')

    // 4 and 5: nobody named, just what was seen.
    await poll(() => form().getByRole('heading').textContent()).toBe('Conversation 4')
    await form().getByLabel('Unit').fill('2B')
    await typeBody('Neighbour in 2B agrees about the #mould')
    await page.keyboard.press('Enter')
    // A name typed but not picked holds the form rather than being lost.
    await form().getByRole('combobox', { name: 'Add a person' }).fill('Tall man')
    await page.keyboard.press('Control+Enter')
    await poll(() => form().getByRole('alert').textContent()).toMatch(/Press Enter to add “Tall man”/)
    await page.keyboard.press('Escape')
    await page.keyboard.press('Control+Enter')
    await poll(() => form().getByRole('heading').textContent()).toBe('Conversation 5')
    await form().getByLabel('Unit').fill('3A')
    await typeBody('Nobody home, left a leaflet under the door.')
    await saved()
    await poll(() => page.getByTestId('done-note').count()).toBe(4)
  })

  it('lists the conversations newest first, and every quote with a link back', async () => {
    await page.getByRole('button', { name: 'Conversations' }).click()
    await poll(() => page.getByTestId('note-item').count()).toBe(5)
    await page.getByLabel('Find notes').fill('grace')
    await poll(() => page.getByTestId('note-item').count()).toBe(2)
    await page.getByLabel('Find notes').fill('')

    await page.getByRole('button', { name: 'Quotes' }).click()
    await poll(() => page.getByTestId('quote-item').count()).toBe(3)
    await page.screenshot({ path: join(RESULTS, 'notes-quotes.png'), fullPage: true })
    await page.getByLabel('Objections only').check()
    await poll(() => page.getByTestId('quote-item').count()).toBe(1)
    expect(await page.getByTestId('quote-item').textContent()).toMatch(/strikes never work/)
    await page.getByLabel('Objections only').uncheck()
    await page.getByLabel('Use').selectOption('public')
    await poll(() => page.getByTestId('quote-item').textContent()).toMatch(/rent went up.*Marcus Lee/)
    await page.getByTestId('quote-item').getByRole('link').click()
    await poll(() => page.locator('.note-body .ml-richtext-content').textContent()).toMatch(/^Marcus says Grace Okoye told him/)
  })

  it('counts a problem across conversations and shows its page', async () => {
    await page.getByRole('button', { name: 'Problems' }).click()
    const mould = page.getByTestId('problem-row').filter({ has: page.getByRole('link', { name: 'mould', exact: true }) })
    await poll(() => mould.getByTestId('problem-count').textContent()).toBe('3 conversations')
    await page.screenshot({ path: join(RESULTS, 'notes-problems.png') })
    await mould.getByRole('link', { name: 'mould' }).click()
    await poll(() => page.getByTestId('note-item').count()).toBe(3)
    await poll(() => page.getByTestId('quote-item').count()).toBe(2)
    await page.screenshot({ path: join(RESULTS, 'notes-problem-page.png'), fullPage: true })
  })

  it('shows on a contact page the conversations that name them, and the promised follow-up in their log', async () => {
    await page.getByRole('button', { name: /^Contacts/ }).click()
    await page.getByTestId('contact-row').filter({ hasText: 'Grace Okoye' }).click()
    const pane = page.getByRole('complementary', { name: 'Contact' })
    await poll(() => pane.getByTestId('contact-notes').locator('li').count()).toBe(2)
    await pane.getByRole('heading', { name: 'Conversations' }).evaluate((h) => h.scrollIntoView({ block: 'start' }))
    await page.screenshot({ path: join(RESULTS, 'notes-contact-backlinks.png') })
    await page.getByTestId('contact-row').filter({ hasText: 'Rosa Díaz' }).click()
    await poll(() => pane.getByTestId('interaction-log').textContent()).toMatch(/Door knock · Reached.*Promised a follow-up by .*: bring the petition/)
    await pane.getByTestId('contact-notes').getByRole('link').click()
    await poll(() => page.locator('.note-body .ml-richtext-content').textContent()).toMatch(/^Heat off since October/)
  })

  it('loses nothing on reload', async () => {
    await saved()
    await page.reload()
    await visible(page.locator('.note-body .ml-richtext-content'))
    await poll(() => page.locator('.note-body .ml-richtext-content').textContent()).toMatch(/mould She said the landlord/)
    await poll(() => page.getByTestId('note-quote').locator('input[aria-label="Attribution"]').inputValue()).toBe('a tenant of 1A')
    await visible(page.getByTestId('note-target').filter({ hasText: 'Acme Properties' }))
    await page.goto(`${host.url}#notes/quotes`)
    await poll(() => page.getByTestId('quote-item').count()).toBe(3)
    await page.goto(`${host.url}#notes`)
    await poll(() => page.getByTestId('note-item').count()).toBe(5)
  })

  it('shows the typed conversations in the building’s coverage, the matrix and search', async () => {
    await page.goto(`${host.url}#places/maple`)
    const totals = page.getByTestId('place-totals')
    await poll(() => totals.textContent()).toMatch(/Knocked5 of 5 units \(100%\)Conversations5/)

    await page.goto(`${host.url}#matrix`)
    await page.getByRole('button', { name: 'mould against Acme Properties: 1 conversation, 1 person' }).click()
    const quote = page.getByRole('complementary', { name: 'Cell' }).getByRole('list', { name: 'Quotes' }).getByRole('button', { name: /the landlord only fixes things/ })
    await quote.click()
    await poll(() => page.locator('.note-body .ml-richtext-content').textContent()).toMatch(/^Heat off since October/)

    await page.keyboard.press('Control+k')
    await page.getByLabel('Command palette').fill('bathroo')
    await page.getByRole('option').filter({ has: page.locator('mark', { hasText: 'bathroom' }) }).first().click()
    await poll(() => page.evaluate(() => location.hash)).toMatch(/^#notes\/.+/)
    await poll(() => page.locator('.note-body .ml-richtext-content').textContent()).toMatch(/black with mould/)
  })

  it('changes a quote when its words are edited in the body, and not for words typed around it', async () => {
    await page.goto(`${host.url}#notes`)
    await page.getByTestId('note-item').filter({ hasText: 'Heat off since October' }).click()
    const quote = page.getByTestId('note-quote').locator('blockquote')
    await poll(() => quote.textContent()).toBe('the landlord only fixes things when we all complain together')
    await selectInBody(page, 'only fixes', 'before')
    await page.keyboard.type('really ')
    await poll(() => quote.textContent()).toBe('the landlord really only fixes things when we all complain together')
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' Call her back on Friday.')
    await poll(() => page.locator('.note-body .ml-richtext-content').textContent()).toMatch(/Call her back on Friday\.$/)
    await saved()
    expect(await quote.textContent()).toBe('the landlord really only fixes things when we all complain together')
    await page.goto(`${host.url}#notes/quotes`)
    await visible(page.getByTestId('quote-item').filter({ hasText: 'the landlord really only fixes things' }))
  })

  it('deletes a conversation after asking', async () => {
    await page.goto(`${host.url}#notes`)
    await page.getByTestId('note-item').filter({ hasText: 'Nobody home' }).click()
    await page.getByRole('button', { name: 'Delete' }).click()
    await page.getByRole('alert').getByRole('button', { name: 'Delete' }).click()
    await poll(() => page.getByTestId('note-item').count()).toBe(4)
    await page.screenshot({ path: join(RESULTS, 'notes-list.png'), fullPage: true })
  })
})
