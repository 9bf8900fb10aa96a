import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Notebook } from '../../src/core/notebook/Notebook'
import { newContactDoc } from '../../src/shared/contacts/contact'
import { newPlaceDoc } from '../../src/shared/places/placeMutations'
import { type HostProcess } from '../support/hostProcess'
import { RESULTS, poll, visible, seedDefaultNotebook, startApp } from '../support/e2eApp'


/** A building already in the notebook with two tenants typed in as contacts (one with no unit). */
async function seed(nb: Notebook): Promise<void> {
  const now = Date.now()
  await nb.putRecords('places', [newPlaceDoc('oak', { kind: 'building', name: 'Oak Towers', address: '40 Oak St' }, now, ['1A', '1B', '2A', '2B'])])
  await nb.putRecords('contacts', [
    newContactDoc('c1', { name: 'Rosa Díaz', placeId: 'oak', unit: 'apt 2a' }, now),
    newContactDoc('c2', { name: 'Marcus Lee', placeId: 'oak' }, now),
  ])
}

describe('places and door-knock coverage in Chromium', () => {
  let browser: Browser
  let host: HostProcess
  let page: Page
  const text = (testId: string) => () => page.getByTestId(testId).first().innerText()
  const saved = () => poll(() => page.getByTestId('save-state').textContent()).toMatch(/All changes saved/)
  const floorSummaries = () => page.getByTestId('floor-summary').allInnerTexts()
  const placeRow = (name: string) => page.getByTestId('place-row').filter({ hasText: name })

  beforeAll(async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-e2e-places-'))
    await seedDefaultNotebook(home, seed)
    ;({ browser, host, page } = await startApp(home, { width: 1360, height: 900 }))
    await page.goto(`${host.url}#places`)
    await visible(placeRow('Oak Towers'))
  })

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })

  it('lists a place with its contacts, and refuses a place with no name or address', async () => {
    await poll(() => placeRow('Oak Towers').innerText()).toMatch(/Oak Towers\s+40 Oak St\s+0%\s+4\s+0\s+0\s+2\s+never/)
    await page.getByRole('button', { name: 'New place' }).click()
    await page.getByRole('button', { name: 'Create place' }).click()
    await poll(() => page.getByRole('alert').innerText()).toBe('A place needs a name or an address')
    await poll(() => page.getByTestId('place-row').count()).toBe(1)
  })

  it('creates a building laid out as floors × units', async () => {
    const form = page.getByRole('form', { name: 'New place' })
    await form.getByLabel('Name').fill('Maple Court')
    await form.getByLabel('Address').fill('1200 Maple Ave')
    await form.getByLabel('Floors', { exact: true }).fill('3-1')
    await form.getByLabel('Units per floor').fill('A-D')
    await poll(text('unit-preview')).toBe('Floors “3-1” runs backwards')
    await form.getByLabel('Floors', { exact: true }).fill('1-3')
    await poll(text('unit-preview')).toBe('12 units: 1A, 1B, 1C, 1D, 2A, 2B, …, 3D')
    await page.screenshot({ path: join(RESULTS, 'places-new.png') })
    await form.getByRole('button', { name: 'Create place' }).click()
    await poll(() => page.locator('h1').innerText()).toBe('Maple Court')
    expect(page.url()).toMatch(/#places\/[0-9a-f-]{36}$/)
    await poll(text('place-totals')).toMatch(/0 of 12 units \(0%\)/)
    expect(await floorSummaries()).toEqual(['0 of 4 units knocked · 0 conversations · 0 contacts', '0 of 4 units knocked · 0 conversations · 0 contacts', '0 of 4 units knocked · 0 conversations · 0 contacts'])
  })

  it('records a night of knocks at ten units from the keyboard, with an undo', async () => {
    await page.getByRole('button', { name: 'Record knocks' }).click()
    await page.getByLabel('Knocked by').fill('Ana')
    const grid = page.getByRole('listbox', { name: 'Units to knock' })
    await grid.focus()
    // The top floor comes first: 3A 3B 3C 3D, then 2A…, then 1A 1B.
    for (const key of ['1', '1', '3', '4', '2', '5', '1', '3', '4', '1']) {
      await page.keyboard.press(key)
      await poll(text('knock-status')).toMatch(/recorded this sitting/)
    }
    await poll(text('knock-status')).toBe('1B: not home · 10 recorded this sitting')
    // A slip at 1C, undone with Backspace: the cursor goes back to it.
    await page.keyboard.press('2')
    await poll(text('knock-status')).toBe('1C: refused · 11 recorded this sitting')
    await page.keyboard.press('Backspace')
    await poll(text('knock-status')).toBe('Undid 1C: refused · 10 recorded this sitting')
    await poll(() => grid.getByRole('option', { selected: true }).getAttribute('aria-label')).toBe('1C: Not knocked')
    await poll(() => grid.getByRole('option', { name: /^3D:/ }).getAttribute('aria-label')).toBe('3D: Contact made')
    await saved()
    await page.screenshot({ path: join(RESULTS, 'places-knock-entry.png') })
    await page.getByRole('button', { name: 'Done' }).click()
  })

  const checkCoverage = async () => {
    await poll(text('place-totals')).toMatch(/10 of 12 units \(83%\)\s+Conversations\s+4\s+Contacts\s+2/)
    await poll(text('outcome-counts')).toBe('10 knocks · not home 4 · refused 1 · conversation 2 · contact made 2 · moved out 1')
    expect(await floorSummaries()).toEqual([
      '4 of 4 units knocked · 2 conversations · 1 contact',
      '4 of 4 units knocked · 1 conversation · 0 contacts',
      '2 of 4 units knocked · 1 conversation · 1 contact',
    ])
    const next = await page.getByTestId('next-list').locator('li').allInnerTexts()
    expect(next.map((line) => line.split(/\s+/)[0])).toEqual(['1C', '1D', '3A', '3B', '2C', '1B'])
    expect(next[0]).toMatch(/Never knocked/)
    expect(next[2]).toMatch(/Not home today: try again/)
  }

  it('shows the building’s coverage by floor, and where to knock next', async () => {
    await checkCoverage()
    await page.getByRole('button', { name: '2A: Refused' }).click()
    await poll(text('knock-log')).toMatch(/Refused\s+.*· Ana/)
    // The person met at 3D typed in as a contact: still one contact there, not two.
    await page.getByRole('button', { name: '3D: Contact made' }).click()
    await page.getByRole('button', { name: 'Add the person met at 3D' }).click()
    const form = page.getByRole('form', { name: 'New contact at 3D' })
    await form.getByLabel('Name').fill('Grace Okoye')
    await form.getByLabel('Phone').fill('+1 212 555 0100')
    await form.getByRole('button', { name: 'Save contact' }).click()
    await poll(() => page.getByRole('list', { name: 'Contacts at 3D' }).innerText()).toMatch(/Grace Okoye/)
    await poll(text('place-totals')).toMatch(/Contacts\s+2/)
    await page.screenshot({ path: join(RESULTS, 'places-coverage.png'), fullPage: true })
  })

  it('keeps every knock after a reload, and the list shows the new coverage', async () => {
    await page.reload()
    await poll(() => page.locator('h1').innerText()).toBe('Maple Court')
    await checkCoverage()
    await page.getByRole('button', { name: 'Light / dark' }).click()
    await page.screenshot({ path: join(RESULTS, 'places-coverage-dark.png') })
    await page.getByRole('button', { name: 'Light / dark' }).click()
    await page.getByRole('button', { name: 'All places' }).click()
    await poll(() => placeRow('Maple Court').innerText()).toMatch(/Maple Court\s+1200 Maple Ave\s+83%\s+12\s+10\s+4\s+2/)
    await page.screenshot({ path: join(RESULTS, 'places-list.png') })
  })

  it('edits a place: a typed list adds a floor, a unit comes off the list, and a workplace lists departments', async () => {
    await placeRow('Oak Towers').click()
    await page.getByRole('button', { name: 'Edit place' }).click()
    const editor = page.getByRole('region', { name: 'Edit place' })
    await editor.getByLabel('Typed list').check()
    await editor.getByLabel('Units', { exact: true }).fill('3A-3C, 2a')
    await poll(text('unit-preview')).toBe('4 units: 3A, 3B, 3C, 2a')
    await editor.getByRole('button', { name: 'Add units' }).click()
    await poll(() => editor.getByRole('status').innerText()).toBe('Added 3 units')
    await editor.getByRole('button', { name: 'Remove 1B' }).click()
    await poll(text('place-totals')).toMatch(/0 of 6 units \(0%\)\s+Conversations\s+0\s+Contacts\s+2/)
    expect(await page.getByTestId('floor').evaluateAll((floors) => floors.map((f) => f.getAttribute('aria-label')))).toEqual(['Floor 3', 'Floor 2', 'Floor 1'])
    await poll(() => page.getByRole('button', { name: /^2A:/ }).innerText()).toMatch(/1 contact/)
    await poll(text('no-unit')).toBe('Of these, 1 contact with no unit given.')
    await page.screenshot({ path: join(RESULTS, 'places-edit.png'), fullPage: true })
    await editor.getByLabel('Kind').selectOption('workplace')
    await poll(() => page.getByTestId('floor').getAttribute('aria-label')).toBe('Departments')
    await editor.getByLabel('Name').fill('')
    await editor.getByLabel('Address').fill('')
    await editor.getByLabel('Address').press('Enter')
    await poll(() => editor.getByRole('alert').innerText()).toBe('A place needs a name or an address')
    // The name went (the address is enough); the address stays, as the refusal said.
    await poll(() => page.locator('h1').innerText()).toBe('40 Oak St')
  })

  it('creates a campaign with a target and demands that survive a reload', async () => {
    await page.goto(`${host.url}#campaigns`)
    await page.getByLabel('New campaign name').fill('  ')
    await page.getByRole('button', { name: 'New campaign' }).click()
    await poll(() => page.getByRole('alert').innerText()).toBe('A campaign needs a name')
    await page.getByLabel('New campaign name').fill('No rent increase at Maple Court')
    await page.getByRole('button', { name: 'New campaign' }).click()
    await visible(page.getByTestId('campaign-row').filter({ hasText: 'No rent increase' }))
    await page.getByLabel(/^Target/).fill('Greystone Property Mgmt')
    await page.getByLabel(/^Target/).press('Enter')
    await page.getByLabel('Tide', { exact: true }).selectOption('high')
    await page.getByLabel('Why the tide changed').fill('Forty tenants came to the lobby meeting')
    await page.getByRole('button', { name: 'Change tide' }).click()
    await page.getByLabel('New demand').fill('Freeze the rent')
    await page.getByLabel('New demand').press('Enter')
    await page.getByLabel('New demand').fill('Repairs within 14 days')
    await page.getByRole('button', { name: 'Add demand' }).click()
    await page.getByLabel('Description').fill('Greystone raised rents 12% in every building it owns.')
    await saved()
    await page.reload()
    await poll(() => page.getByTestId('campaign-row').first().innerText()).toMatch(/No rent increase at Maple Court\s+Greystone Property Mgmt · high tide/)
    await poll(() => page.getByLabel('Demand 2', { exact: true }).inputValue()).toBe('Repairs within 14 days')
    expect(await page.getByLabel('Description').inputValue()).toBe('Greystone raised rents 12% in every building it owns.')
    await page.screenshot({ path: join(RESULTS, 'campaigns.png') })
  })
})
