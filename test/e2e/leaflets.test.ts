import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NotebookCatalog } from '../../src/core/app/NotebookCatalog'
import { Notebook } from '../../src/core/notebook/Notebook'
import type { CampaignDoc } from '../../src/shared/campaigns/campaign'
import { newContactDoc } from '../../src/shared/contacts/contact'
import { scalar } from '../../src/shared/notebook/scalar'
import { ensureTerm } from '../../src/shared/notebook/terms'
import type { NoteDoc } from '../../src/shared/notes/note'
import { updateQuote, type NoteShard } from '../../src/shared/notes/noteMutations'
import type { PlaceDoc } from '../../src/shared/places/place'
import { startHostProcess, type HostProcess } from '../support/hostProcess'
import { RESULTS, poll, visible, startApp } from '../support/e2eApp'
import { nodeKeyVault } from '../../src/core/atRest/keyWrappings'

const DAY = 86_400_000

/** A campaign with a demand, a building, two tenants and a conversation with a public, an anonymous and a private quote. */
async function seed(home: string): Promise<string> {
  const catalog = new NotebookCatalog(home, nodeKeyVault(home))
  await catalog.ensureDefault()
  const dir = (await catalog.list())[0]!.dir
  const nb = await Notebook.open(dir, nodeKeyVault(home))
  const now = Date.now()
  const base = { createdAt: now, updatedAt: now }
  await nb.putRecords<CampaignDoc>('campaigns', [{ id: 'heat', ...base, name: scalar('Heat for Oak Towers'), target: scalar('Oak Realty'), tide: scalar('high'), demands: [scalar('Fix the boiler by December')], description: '' }])
  await nb.putRecords<PlaceDoc>('places', [{ id: 'oak', ...base, kind: scalar('building'), name: scalar('Oak Towers'), address: scalar('12 Oak St'), units: ['4B', '7A'].map(scalar) }])
  await nb.putRecords('contacts', [newContactDoc('rosa', { name: 'Rosa Díaz' }, now), newContactDoc('marcus', { name: 'Marcus Lee' }, now)])
  let mould = ''
  nb.root.change((root) => void (mould = ensureTerm(root, 'problem', 'No heat')))
  const quote = (id: string, text: string, contactId: string, use: string) => ({ id, text, contactId: scalar(contactId), use: scalar(use), attribution: '', isObjection: false })
  const note = {
    id: 'n1', ...base, date: now - 2 * DAY, placeId: scalar('oak'), unit: scalar('4B'), contactIds: [scalar('rosa'), scalar('marcus')], campaignIds: [scalar('heat')],
    problems: [scalar(mould)], target: scalar(''), stance: scalar('eager'), body: 'Talked in the hallway about the boiler.', followUp: null,
    quotes: {
      qpub: quote('qpub', 'We have had no heat since October', 'marcus', 'public'),
      qanon: quote('qanon', 'My kids sleep in their coats', 'rosa', 'anonymous'),
      qpriv: quote('qpriv', 'I am behind on rent, do not tell anyone', 'rosa', 'private'),
    },
  } as unknown as NoteDoc
  await nb.putRecords('notes', [note])
  await nb.close()
  return dir
}

describe('drafting a leaflet from gathered material in Chromium', () => {
  let browser: Browser
  let host: HostProcess
  let page: Page
  let home: string
  let dir: string
  let leafletHash = ''
  const body = () => page.getByTestId('leaflet-body')
  const bodyText = () => body().locator('.ml-richtext-content').innerText()
  const side = () => page.getByRole('complementary', { name: 'Gathered material and library' })

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'massline-e2e-leaflets-'))
    dir = await seed(home)
    ;({ browser, host, page } = await startApp(home, { width: 1440, height: 900 }))
  })

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })

  it('creates a leaflet for a campaign and drafts it from quotes, a slogan, a heading and a list', async () => {
    await page.goto(`${host.url}#leaflets`)
    await page.getByLabel('New leaflet title').fill('Heat is a right')
    await poll(() => page.getByLabel('Campaign of the new leaflet').locator('option').count()).toBe(2)
    await page.getByLabel('Campaign of the new leaflet').selectOption({ label: 'Heat for Oak Towers' })
    await page.getByRole('button', { name: 'New leaflet' }).click()
    await poll(() => page.evaluate(() => location.hash)).toMatch(/^#leaflets\/.+/)
    leafletHash = await page.evaluate(() => location.hash)
    await poll(() => page.getByLabel('Campaign', { exact: true }).inputValue()).toBe('heat')

    const editor = body().locator('.ml-richtext-content')
    await visible(editor)
    await editor.click()
    await page.keyboard.type('No heat at Oak Towers')
    await body().getByLabel('Block type').selectOption({ label: 'Heading 1' })
    await page.keyboard.press('End')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Meeting Sunday at 6 in the lobby')
    await body().getByRole('button', { name: 'Bulleted list' }).click()
    await poll(() => editor.locator('h1').count()).toBe(1)
    await poll(() => editor.locator('li').count()).toBe(1)

    await visible(side().getByTestId('gathered-quote').first())
    await expect(side().getByRole('button', { name: /Insert quote: I am behind on rent/ }).isDisabled()).resolves.toBe(true)
    await side().getByRole('button', { name: 'Insert quote: We have had no heat since October' }).click()
    await side().getByRole('button', { name: 'Insert quote: My kids sleep in their coats' }).click()
    await poll(bodyText).toMatch(/“We have had no heat since October” — Marcus Lee/)
    await poll(bodyText).toMatch(/“My kids sleep in their coats” — a tenant on the 4th floor/)
    expect(await bodyText()).not.toMatch(/Rosa|Díaz/)
    await poll(() => editor.locator('blockquote[data-quote-id]').count()).toBe(2)
    await poll(() => side().getByText('in the leaflet').count()).toBe(2)

    await side().getByRole('tab', { name: 'Slogans & demands' }).click()
    await side().getByLabel('New slogan or demand').fill('Heat is a right, not a favour')
    await side().getByRole('button', { name: 'Add' }).click()
    await side().getByRole('button', { name: 'Insert slogan: Heat is a right, not a favour' }).click()
    await poll(() => editor.locator('h2').textContent()).toBe('Heat is a right, not a favour')
    await visible(side().getByRole('button', { name: 'Insert demand: Fix the boiler by December' }))
    await editor.locator('li').click({ clickCount: 3 })
    await side().getByRole('button', { name: 'Save selected words to the library' }).click()
    await visible(side().getByTestId('slogan').filter({ hasText: 'Meeting Sunday at 6 in the lobby' }))

    await side().getByRole('tab', { name: 'Gathered' }).click()
    await page.screenshot({ path: join(RESULTS, 'leaflet-page.png') })
  })

  it('names a version, changes the text, compares and restores it', async () => {
    await side().getByRole('tab', { name: 'Versions' }).click()
    await side().getByLabel('Version name').fill('sent to print 3 May')
    await side().getByRole('button', { name: 'Name this version' }).click()
    await visible(side().getByTestId('version').filter({ hasText: 'sent to print 3 May' }))

    const editor = body().locator('.ml-richtext-content')
    await editor.locator('h1').click()
    await page.keyboard.press('End')
    await page.keyboard.type(' AGAIN THIS WINTER')
    await poll(bodyText).toMatch(/AGAIN THIS WINTER/)

    await side().getByRole('button', { name: 'Compare sent to print 3 May with now' }).click()
    await poll(() => page.getByTestId('version-diff').locator('ins').allTextContents()).toEqual([expect.stringMatching(/AGAIN THIS WINTER/)])
    expect(await body().isVisible()).toBe(false)
    await page.screenshot({ path: join(RESULTS, 'leaflet-compare.png') })
    await page.getByRole('button', { name: 'Restore this version' }).click()
    await poll(bodyText).not.toMatch(/AGAIN/)
    await poll(() => editor.locator('h1').textContent()).toBe('No heat at Oak Towers')
    expect(await editor.locator('blockquote[data-quote-id]').count()).toBe(2)
    // The restore is undoable: the version named just before it brings the words back.
    await side().getByRole('button', { name: /^Restore Before restoring/ }).click()
    await poll(bodyText).toMatch(/AGAIN THIS WINTER/)
    await side().getByRole('button', { name: 'Restore sent to print 3 May' }).click()
    await poll(bodyText).not.toMatch(/AGAIN/)
  })

  it('keeps the leaflet across a host restart and warns when a cited quote loses its consent', async () => {
    await page.waitForTimeout(500)
    await host.stop('SIGTERM')
    const nb = await Notebook.open(dir, nodeKeyVault(home))
    const shard = await nb.shardOf<NoteDoc>('notes', 'n1')
    shard.change((d) => updateQuote(d as unknown as NoteShard, 'n1', 'qpub', { use: 'anonymous' }, Date.now()))
    await nb.close()
    host = await startHostProcess(home)

    await page.goto(`${host.url}#leaflets`)
    await visible(page.getByTestId('leaflet-row').filter({ hasText: 'Heat is a right' }))
    const row = page.getByTestId('leaflet-row').filter({ hasText: 'Heat is a right' })
    await row.getByLabel('Status of Heat is a right').selectOption('printed')
    await row.getByLabel('Copies distributed of Heat is a right').fill('250')
    await row.getByLabel('Copies distributed of Heat is a right').press('Enter')
    await page.waitForTimeout(400)
    await page.reload()
    await poll(() => page.getByLabel('Copies distributed of Heat is a right').inputValue()).toBe('250')
    expect(await page.getByLabel('Status of Heat is a right').inputValue()).toBe('printed')
    await page.screenshot({ path: join(RESULTS, 'leaflet-list.png') })
    await page.goto(`${host.url}${leafletHash}`)
    await poll(bodyText).toMatch(/Meeting Sunday/)
    const warning = page.getByTestId('consent-warning')
    await visible(warning)
    expect(await warning.textContent()).toMatch(/cited by name \(Marcus Lee\) but is now to be used anonymously/)
    await page.screenshot({ path: join(RESULTS, 'leaflet-consent-warning.png') })
    await warning.getByRole('button', { name: 'Quote it anonymously' }).click()
    await poll(() => warning.count()).toBe(0)
    await poll(bodyText).toMatch(/“We have had no heat since October” — a tenant on the 4th floor/)
    expect(await bodyText()).not.toMatch(/Marcus|Rosa/)

    await page.getByRole('button', { name: 'Open the conversation of this quote' }).first().click()
    await poll(() => page.evaluate(() => location.hash)).toBe('#notes/n1')

    // Withdraw consent in the conversation itself: the anonymous quote becomes private.
    const kids = page.getByTestId('note-quote').filter({ hasText: 'My kids sleep in their coats' })
    await kids.getByLabel('Use').selectOption('private')
    await page.goBack()
    await visible(page.getByTestId('consent-warning'))
    expect(await page.getByTestId('consent-warning').textContent()).toMatch(/made private after it was cited/)
    await page.getByRole('button', { name: 'Take it out of the leaflet' }).click()
    await poll(bodyText).not.toMatch(/My kids/)
    await poll(() => page.getByTestId('consent-warning').count()).toBe(0)
  })

  it('drafts a bilingual leaflet side by side', async () => {
    await page.getByLabel('Layout').selectOption('bilingual-side')
    const second = page.getByTestId('leaflet-bodyB')
    await visible(second.locator('.ml-richtext-content'))
    await page.getByLabel('First language', { exact: true }).fill('en')
    await page.getByLabel('Second language', { exact: true }).fill('es')
    await second.locator('.ml-richtext-content').click()
    await page.keyboard.type('Calefacción ya')
    await poll(() => second.locator('.ml-richtext-content').innerText()).toMatch(/Calefacción ya/)
    await page.screenshot({ path: join(RESULTS, 'leaflet-bilingual.png') })
  })
})
