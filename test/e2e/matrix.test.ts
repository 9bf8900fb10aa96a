import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NotebookCatalog } from '../../src/core/app/NotebookCatalog'
import { Notebook } from '../../src/core/notebook/Notebook'
import type { NoteRow } from '../../src/shared/notes/noteRow'
import { str } from '../../src/shared/notebook/scalar'
import type { CampaignDoc } from '../../src/shared/campaigns/campaign'
import { runCaptured } from '../support/cli'
import { type HostProcess } from '../support/hostProcess'
import { RESULTS, poll, startApp, visible } from '../support/e2eApp'
import { selectInBody } from '../support/noteBody'
import { nodeKeyVault } from '../../src/core/atRest/keyWrappings'

/** A small generated investigation in the host's home, and what it holds, read before the host starts. */
async function seed(home: string): Promise<{ rows: NoteRow[]; campaigns: { id: string; name: string }[] }> {
  const generated = await runCaptured(['generate', '--contacts', '150', '--notes', '180', '--leaflets', '0', '--seed', '5', '--home', home])
  expect(generated.code, generated.err).toBe(0)
  const notebook = await Notebook.open((await new NotebookCatalog(home, nodeKeyVault(home)).list())[0]!.dir, nodeKeyVault(home))
  const rows = await notebook.rows('notes')
  const campaigns = []
  for (let shard = 0; shard < notebook.root.doc().shards.campaigns.length; shard++) {
    for (const c of Object.values((await notebook.shard<CampaignDoc>('campaigns', shard)).doc().records)) campaigns.push({ id: c.id, name: str(c.name) })
  }
  await notebook.close()
  return { rows, campaigns }
}

describe('investigation matrix in Chromium', () => {
  let browser: Browser
  let host: HostProcess
  let page: Page
  let data: Awaited<ReturnType<typeof seed>>
  const summary = () => page.getByTestId('matrix-summary').textContent()
  const hash = () => page.evaluate(() => location.hash)

  beforeAll(async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-e2e-matrix-'))
    data = await seed(home)
    ;({ browser, host, page } = await startApp(home, { width: 1440, height: 900 }))
    await page.goto(`${host.url}#matrix`)
    await page.getByRole('table', { name: 'Problems by target' }).waitFor({ state: 'visible', timeout: 15_000 })
  })

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })

  it('counts every conversation, and the filters narrow it to a campaign and a date range', async () => {
    await poll(summary).toMatch(new RegExp(`^${data.rows.length} conversations with`))
    // Names come from the root's terms: the most common generated problem heads the rows.
    await poll(() => page.locator('.mx-table tbody th.problem').first().textContent()).toBe('No heat')

    const campaign = data.campaigns.find((c) => c.name === 'Heat and repairs now')!
    const inCampaign = data.rows.filter((r) => r.campaignIds.includes(campaign.id))
    await page.getByRole('combobox', { name: 'Campaign' }).selectOption({ label: campaign.name })
    await poll(summary).toMatch(new RegExp(`^${inCampaign.length} conversations with`))

    const from = new Date(2026, 9, 1).getTime()
    await page.getByLabel('From').fill('2026-10-01')
    await poll(summary).toMatch(new RegExp(`^${inCampaign.filter((r) => r.date >= from).length} conversations with`))
    // The filters live in the address, so a reload keeps them.
    await page.reload()
    await poll(summary).toMatch(new RegExp(`^${inCampaign.filter((r) => r.date >= from).length} conversations with`))
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await poll(summary).toMatch(new RegExp(`^${data.rows.length} conversations with`))
  })

  it('opens the strongest cell and follows a quote to its conversation', async () => {
    await page.locator('.mx-table .cell[data-strong]').first().click()
    const panel = page.getByRole('complementary', { name: 'Cell' })
    const quotes = panel.getByRole('list', { name: 'Quotes' }).getByRole('listitem')
    await quotes.first().waitFor({ state: 'visible', timeout: 10_000 })
    await poll(() => panel.getByRole('list', { name: 'Conversations' }).getByRole('listitem').count()).toBeGreaterThan(1)
    await page.screenshot({ path: join(RESULTS, 'matrix.png') })

    const quoteText = (await quotes.first().getByRole('button').textContent())!.replace(/^“|”$/g, '')
    await quotes.first().getByRole('button').click()
    await poll(hash).toMatch(/^#notes\/.+/)
    const noteId = decodeURIComponent((await hash()).slice('#notes/'.length))
    expect(data.rows.find((r) => r.id === noteId)?.quotes.map((q) => q.text)).toContain(quoteText)

    // A quote from before quotes were anchored follows edits inside its words once its note is open.
    const cards = page.getByTestId('note-quote').locator('blockquote')
    const [first, ...rest] = quoteText.split(' ')
    await visible(cards.filter({ hasText: quoteText }))
    await selectInBody(page, rest.join(' '), 'before')
    await page.keyboard.type('truly ')
    await poll(() => cards.allTextContents()).toContain(`${first} truly ${rest.join(' ')}`)
  })

  it('follows a conversation from a cell to its note', async () => {
    // Back returns to the matrix as it was left: the cell's panel open again.
    await page.goBack()
    await poll(hash).toMatch(/^#matrix\/cell/)
    const panel = page.getByRole('complementary', { name: 'Cell' })
    await panel.waitFor({ state: 'visible', timeout: 10_000 })
    const conversation = panel.getByRole('list', { name: 'Conversations' }).getByRole('button').first()
    await conversation.click()
    await poll(hash).toMatch(/^#notes\/.+/)
    const noteId = decodeURIComponent((await hash()).slice('#notes/'.length))
    expect(data.rows.some((r) => r.id === noteId)).toBe(true)
  })
})
