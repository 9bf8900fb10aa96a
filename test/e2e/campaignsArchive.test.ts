import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLeaflet } from '../../src/core/leaflets/createLeaflet'
import { Notebook } from '../../src/core/notebook/Notebook'
import type { CampaignDoc } from '../../src/shared/campaigns/campaign'
import { newCampaignDoc } from '../../src/shared/campaigns/campaignMutations'
import { addSumUp } from '../../src/shared/campaigns/planMutations'
import type { SumUpFigures } from '../../src/shared/campaigns/plan'
import { newContactDoc } from '../../src/shared/contacts/contact'
import type { NoteDoc } from '../../src/shared/notes/note'
import { putNewNote } from '../../src/shared/notes/noteMutations'
import type { ShardDoc } from '../../src/shared/notebook/schema'
import { newPlaceDoc } from '../../src/shared/places/placeMutations'
import { type HostProcess } from '../support/hostProcess'
import { RESULTS, poll, visible, seedDefaultNotebook, startApp } from '../support/e2eApp'

const EMPTY_FIGURES: SumUpFigures = { contacts: 0, levels: { advanced: 0, intermediate: 0, backward: 0 }, conversations: 0, quotes: 0, leaflets: 0, copies: 0, meetings: null, turnout: null, tasksDone: null, tasksDropped: null }

/** Three campaigns (one cited by two conversations and a leaflet, one by nothing), a building, and a tenant with no place yet. */
async function seed(nb: Notebook): Promise<void> {
  const now = Date.now()
  await nb.putRecords(
    'campaigns',
    [newCampaignDoc('rent', { name: 'Rent strike 2025', target: 'Greystone' }, now - 200 * 86_400_000), newCampaignDoc('repairs', { name: 'Repairs now', target: 'Greystone' }, now), newCampaignDoc('bus', { name: 'Bus fares', target: 'Transit agency' }, now)],
    undefined,
    // The finished campaign has its closing sum-up: archiving asks for one.
    (doc, r) => void (r.id === 'rent' && addSumUp(doc as ShardDoc<CampaignDoc>, 'rent', { at: now, figures: EMPTY_FIGURES }, now)),
  )
  await nb.putRecords('places', [newPlaceDoc('oak', { kind: 'building', name: 'Oak Towers', address: '40 Oak St' }, now, ['1A', '1B', '2A', '2B'])])
  await nb.putRecords('contacts', [newContactDoc('rosa', { name: 'Rosa Díaz' }, now)])
  const note = (id: string) => ({ id, createdAt: now, updatedAt: now }) as unknown as NoteDoc
  await nb.putRecords('notes', [note('n1'), note('n2')], undefined, (doc, r) => putNewNote(doc as unknown as ShardDoc<NoteDoc>, r.id, { campaignIds: ['rent'], placeId: 'oak', unit: '1A', date: now - 150 * 86_400_000 }, now))
  await createLeaflet(nb, { title: 'No heat? No rent.', campaignId: 'rent' })
}

describe('archiving and deleting campaigns, and a contact’s place, in Chromium', () => {
  let browser: Browser
  let host: HostProcess
  let page: Page
  const row = (name: string) => page.getByTestId('campaign-row').filter({ hasText: name })
  const archivedSection = () => page.locator('.campaigns-archived')
  const campaignPicker = () => page.getByRole('combobox', { name: 'Add a campaign' })

  beforeAll(async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-e2e-campaigns-'))
    await seedDefaultNotebook(home, seed)
    ;({ browser, host, page } = await startApp(home, { width: 1360, height: 860 }))
    await page.goto(`${host.url}#campaigns/rent`)
    await visible(row('Rent strike 2025'))
  })

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })

  it('archives a finished campaign into a collapsed Archived section', async () => {
    await page.getByRole('button', { name: 'Archive' }).click()
    await visible(page.getByText(/Archived .*: not offered for new notes/))
    await poll(() => archivedSection().locator('summary').innerText()).toMatch(/Archived \(1\)/i)
    expect(await archivedSection().getByTestId('campaign-row').allInnerTexts()).toEqual([expect.stringMatching(/^Rent strike 2025\s+Greystone · archived /)])
    expect(await page.locator('.campaign-list > [data-testid=campaign-row]').allInnerTexts()).toEqual([expect.stringMatching(/^Bus fares/), expect.stringMatching(/^Repairs now/)])
    await page.screenshot({ path: join(RESULTS, 'campaigns-archived.png') })
    // Opened on a running campaign, the section starts folded.
    await page.goto(`${host.url}#campaigns/repairs`)
    await page.reload()
    await visible(row('Repairs now'))
    expect(await archivedSection().getAttribute('open')).toBeNull()
    await archivedSection().locator('summary').click()
    await visible(row('Rent strike 2025'))
  })

  it('leaves an archived campaign out of fast entry’s picker, while an old note still names it', async () => {
    await page.goto(`${host.url}#notes/new`)
    await campaignPicker().fill('Re')
    await visible(page.getByRole('option', { name: 'Repairs now' }))
    expect(await page.getByRole('listbox', { name: 'Add a campaign suggestions' }).getByRole('option').allInnerTexts()).toEqual(['Repairs now', 'Bus fares'])
    await campaignPicker().fill('')

    await page.goto(`${host.url}#notes/n1`)
    await poll(() => page.getByTestId('note-campaign').innerText()).toMatch(/Rent strike 2025/)
    await page.goto(`${host.url}#notes`)
    const filter = page.getByRole('combobox', { name: 'Campaign' })
    await poll(() => filter.locator('option').allInnerTexts()).toEqual(['Every campaign', 'Bus fares', 'Repairs now', 'Rent strike 2025 (archived)'])
    await filter.selectOption({ label: 'Rent strike 2025 (archived)' })
    await poll(() => page.getByText(/^2 conversations$/).count()).toBe(1)
  })

  it('restores it, and fast entry offers it again', async () => {
    await page.goto(`${host.url}#campaigns/rent`)
    await page.getByRole('button', { name: 'Restore' }).click()
    await poll(() => archivedSection().count()).toBe(0)
    await poll(() => page.locator('.campaign-list > [data-testid=campaign-row]').count()).toBe(3)
    await page.goto(`${host.url}#notes/new`)
    await campaignPicker().fill('rent')
    await visible(page.getByRole('option', { name: 'Rent strike 2025' }))
    await campaignPicker().fill('')
  })

  it('refuses to delete a cited campaign and says why, and deletes one nothing cites', async () => {
    await page.goto(`${host.url}#campaigns/rent`)
    await page.getByRole('button', { name: 'Delete…' }).click()
    await poll(() => page.getByRole('alert').innerText()).toBe('Can’t delete “Rent strike 2025”: cited by 2 conversations and 1 leaflet; archive it instead.')
    await visible(row('Rent strike 2025'))
    await page.screenshot({ path: join(RESULTS, 'campaigns-delete-refused.png') })

    await row('Bus fares').click()
    await page.getByRole('button', { name: 'Delete…' }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Delete Bus fares' })
    await visible(confirm)
    await confirm.getByRole('button', { name: 'Delete campaign' }).click()
    await poll(() => page.getByTestId('campaign-row').allInnerTexts()).toEqual([expect.stringMatching(/^Rent strike 2025/), expect.stringMatching(/^Repairs now/)])
    await poll(() => page.evaluate(() => location.hash)).toBe('#campaigns')
  })

  it('sets a contact’s building and unit from the contact page, and the building counts them on their floor', async () => {
    await page.goto(`${host.url}#contacts`)
    await page.getByTestId('contact-row').filter({ hasText: 'Rosa Díaz' }).click()
    const editor = page.getByRole('complementary', { name: 'Contact' })
    await editor.getByRole('combobox', { name: 'Place' }).fill('oak')
    await visible(page.getByRole('option', { name: 'Oak Towers' }))
    await editor.getByRole('combobox', { name: 'Place' }).press('Enter')
    await poll(() => editor.getByTestId('note-place').innerText()).toMatch(/Oak Towers/)
    await editor.getByLabel('Unit').fill('2A')
    await poll(() => page.getByTestId('save-state').textContent()).toMatch(/All changes saved/)
    await page.screenshot({ path: join(RESULTS, 'contact-place.png') })

    await page.goto(`${host.url}#places/oak`)
    // Top floor first: Rosa on the second, the two old conversations on the first.
    await poll(() => page.getByTestId('floor-summary').allInnerTexts()).toEqual(['0 of 2 units knocked · 0 conversations · 1 contact', '1 of 2 units knocked · 2 conversations · 0 contacts'])
    await page.getByRole('button', { name: /^2A:/ }).click()
    await visible(page.getByRole('list', { name: 'Contacts at 2A' }).getByText('Rosa Díaz'))
  })
})
