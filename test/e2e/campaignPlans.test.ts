import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CRITERIA } from '../../src/shared/campaigns/ripeness'
import { runCaptured } from '../support/cli'
import { type HostProcess } from '../support/hostProcess'
import { RESULTS, poll, startApp, visible } from '../support/e2eApp'
import { selectInBody } from '../support/noteBody'

describe('choosing a fight and planning the campaign, in Chromium', () => {
  let browser: Browser
  let host: HostProcess
  let page: Page
  // The generated notebook already has candidates (judged by other members): the test's own two are found by title.
  const titles: string[] = []
  const candidate = (n: number) => page.getByTestId('candidate').filter({ has: page.getByRole('heading', { name: titles[n], exact: true }) })
  const criterion = (n: number, id: string) => candidate(n).locator(`[data-criterion="${id}"]`)

  beforeAll(async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-e2e-plans-'))
    const generated = await runCaptured(['generate', '--contacts', '150', '--notes', '180', '--leaflets', '3', '--seed', '5', '--home', home])
    expect(generated.code, generated.err).toBe(0)
    ;({ browser, host, page } = await startApp(home, { width: 1440, height: 1000 }))
  })

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })

  /** From a matrix cell not on the board yet (a strong one if any) to the board: the cell's problem × target becomes a candidate. */
  async function putCellOnBoard(): Promise<string> {
    await page.goto(`${host.url}#campaigns/choose`)
    await visible(page.getByTestId('candidate').first())
    const taken = new Set((await page.getByTestId('candidate').locator('h2').allInnerTexts()).map((t) => t.trim()))
    await page.goto(`${host.url}#matrix`)
    await page.getByRole('table', { name: 'Problems by target' }).waitFor({ state: 'visible', timeout: 15_000 })
    // Strong cells first, then the rest in the matrix's order (most-raised problems first).
    const labelsOf = (selector: string) => page.locator(selector).evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label') ?? ''))
    for (const label of [...(await labelsOf('.mx-table .cell[data-strong]')), ...(await labelsOf('.mx-table .cell'))]) {
      const title = label.slice(0, label.lastIndexOf(':')).replace(' against ', ' × ')
      if (taken.has(title)) continue
      await page.getByRole('button', { name: label, exact: true }).click()
      await page.getByRole('button', { name: 'Judge this fight' }).click()
      await page.getByRole('button', { name: 'Put on the board' }).click()
      titles.push(title)
      await poll(() => candidate(titles.length - 1).count()).toBe(1)
      return title
    }
    throw new Error(`Every cell is on the board already (${[...taken].join('; ')})`)
  }

  it('judges two candidates from the matrix on all eight criteria, with evidence, and shows where members differ', async () => {
    const first = await putCellOnBoard()
    const second = await putCellOnBoard()
    expect(first).not.toBe(second)
    await page.getByLabel('Judging as').fill('Ana')
    await page.getByLabel('Languages members speak').fill('English, Spanish')
    await page.getByLabel('Languages members speak').press('Enter')
    for (const n of [0, 1]) {
      for (const [i, c] of CRITERIA.entries()) {
        const row = criterion(n, c.id)
        await row.getByLabel(`${c.label}: judgement`).selectOption(i % 3 === 2 ? 'partly' : 'holds')
        await row.getByLabel(`${c.label}: reason`).fill(`${c.label}: seen at the doors (${n + 1})`)
        await row.locator('summary').click()
        await row.getByRole('checkbox', { name: /^Matrix cell:/ }).check()
        await row.getByRole('button', { name: 'Judge' }).click()
        await visible(row.getByTestId('judgement').filter({ hasText: `${c.label}: seen at the doors (${n + 1})` }))
      }
      await poll(() => candidate(n).locator('[data-agreement="agree"]').count()).toBe(8)
    }
    // The evidence links back to the matrix cell; the outrage criterion shows its conversations by level.
    expect(await criterion(0, 'outrage').getByRole('link', { name: 'matrix cell' }).getAttribute('href')).toMatch(/^#matrix\/cell%3D/)
    expect(await criterion(0, 'outrage').getByTestId('facts-outrage').innerText()).toMatch(/^\d+ conversations? raising it, with \d+ (person|people): \d+ advanced/)
    expect(await criterion(0, 'people').getByTestId('facts-languages').innerText()).toMatch(/Members speak: English, Spanish/)

    // A second comrade judges one criterion differently: both judgements stay, and the board says they differ.
    await page.getByLabel('Judging as').fill('Ben')
    await criterion(0, 'sharpens').getByLabel('Struggle sharpens it: judgement').selectOption('doesNot')
    await criterion(0, 'sharpens').getByLabel('Struggle sharpens it: reason').fill('The landlord will settle quietly')
    await criterion(0, 'sharpens').getByRole('button', { name: 'Judge' }).click()
    await poll(() => criterion(0, 'sharpens').getAttribute('data-agreement')).toBe('differ')
    expect(await criterion(0, 'sharpens').getByTestId('judgement').allInnerTexts()).toEqual([expect.stringMatching(/^Partly Ana/), expect.stringMatching(/^Does not Ben — The landlord will settle quietly/)])

    await candidate(0).getByRole('checkbox', { name: `Compare ${first}` }).check()
    await candidate(1).getByRole('checkbox', { name: `Compare ${second}` }).check()
    await page.getByRole('button', { name: 'Compare (2)' }).click()
    const compare = page.getByRole('region', { name: 'Compare candidates' })
    expect(await compare.locator('thead th').allInnerTexts()).toEqual(['Criterion', first, second])
    expect(await compare.getByRole('row', { name: /^Struggle sharpens it/ }).innerText()).toMatch(/Partly \(Ana\)\s+Does not \(Ben\)\s+Partly \(Ana\)/)
    await page.screenshot({ path: join(RESULTS, 'campaign-choose-light.png'), fullPage: false })
  })

  it('starts a campaign from a candidate, with its problem, target and evidence, and plans it', async () => {
    await candidate(0).getByRole('button', { name: 'Start a campaign from this' }).click()
    await poll(() => page.evaluate(() => location.hash)).toMatch(/^#campaigns\/[0-9a-f-]{36}$/)
    await poll(() => page.getByTestId('antagonism').innerText()).toMatch(/^Problem: .+ · Target: .+/)
    await page.getByLabel('Who holds the power to grant the demands').fill('The owner’s board')
    await page.getByLabel('Who holds the power to grant the demands').press('Enter')

    await page.getByLabel('New demand').fill('Heat restored within 24 hours')
    await page.getByLabel('New demand').press('Enter')
    await page.getByLabel('New demand').fill('Rent abated for every cold day')
    await page.getByLabel('New demand').press('Enter')
    await page.getByLabel('Demand 1 status').selectOption('partlyWon')
    await poll(() => page.getByLabel('Demand 1 status').inputValue()).toBe('partlyWon')
    await page.getByLabel('New tactic', { exact: true }).fill('Petition signed door to door')
    await page.getByLabel('New tactic planned for').fill('2026-12-10')
    await page.getByRole('button', { name: 'Add tactic' }).click()
    await page.getByLabel('New tactic', { exact: true }).fill('Delegation to the management office')
    await page.getByLabel('New tactic planned for').fill('2026-12-20')
    await page.getByRole('button', { name: 'Add tactic' }).click()
    await page.getByLabel('Tactic 1 status').selectOption('done')
    await poll(() => page.getByTestId('tactic').allInnerTexts()).toEqual([expect.stringContaining('Petition signed door to door'), expect.stringContaining('Delegation to the management office')])
    await page.getByRole('button', { name: /^2\. Contacts and follow-up/ }).click()

    // A tide change needs its reason.
    await page.getByLabel('Tide', { exact: true }).selectOption('high')
    await page.getByRole('button', { name: 'Change tide' }).click()
    await poll(() => page.getByRole('region', { name: 'The tide' }).getByRole('alert').innerText()).toMatch(/Say why the tide changed/)
    await page.getByLabel('Why the tide changed').fill('Sixty tenants at the lobby speak-out')
    await page.getByRole('button', { name: 'Change tide' }).click()
    await poll(() => page.getByRole('list', { name: 'Tide history' }).innerText()).toMatch(/high tide .*: Sixty tenants at the lobby speak-out \(Ben\)/)
    await poll(() => page.getByTestId('campaign-row').filter({ hasText: 'high tide' }).count()).toBe(1)
    // The tide's effect on follow-up is a rule the collective sees here and edits with the cadence rules.
    expect(await page.getByTestId('tide-rule').innerText()).toMatch(/At high tide, its people are called sooner: .*the intermediate every 14 days \(usually 30\)/)
    const campaignUrl = page.url()
    await page.getByTestId('tide-rule').getByRole('link', { name: 'Change the rule' }).click()
    await page.getByLabel('At high tide, Intermediate every (days)').fill('10')
    await page.getByRole('button', { name: 'Save rules' }).click()
    await page.goto(campaignUrl)
    await poll(() => page.getByTestId('tide-rule').innerText()).toMatch(/the intermediate every 10 days \(usually 30\)/)
    await page.reload()
    await poll(() => page.getByLabel('Demand 1 status').inputValue()).toBe('partlyWon')
    expect(await page.getByLabel('Demand 2', { exact: true }).inputValue()).toBe('Rent abated for every cold day')
    expect(await page.getByLabel('Tactic 1 status').inputValue()).toBe('done')
    expect(await page.getByLabel('Tactic 2 planned for').inputValue()).toBe('2026-12-20')
  })

  it('writes a sum-up from its pre-filled figures and shows the dashboard’s charts, light and dark', async () => {
    const figures = page.getByTestId('sumup-figures')
    await poll(() => figures.innerText()).toMatch(/Contacts gained\s+\d+ \(\d+ in all\)/)
    expect(await figures.innerText()).toMatch(/Meetings and turnout\s+\d+ meetings? \(\d+ signed in\), \d+ actions? \(\d+ came\)\s+Tasks done \/ dropped\s+\d+ done, \d+ dropped; \d+ still open/)
    await page.getByRole('button', { name: 'Write a sum-up from these figures' }).click()
    const editor = page.getByTestId('sumup-editor').locator('[contenteditable="true"]')
    await poll(() => editor.innerText()).toMatch(/Since \d{4}-\d\d-\d\d[\s\S]*Contacts gained: \d+[\s\S]*What worked/)
    await selectInBody(page, 'What worked', 'after', '[data-testid="sumup-editor"] .ml-richtext-content')
    await page.keyboard.press('Enter')
    await page.keyboard.type('The petition reached every floor.')
    await poll(() => editor.innerText()).toMatch(/What worked\s+The petition reached every floor\./)

    // A campaign just started has nothing to chart yet: each chart says so instead of drawing empty axes.
    const dashboard = page.getByRole('region', { name: 'Dashboard' })
    const charts = dashboard.getByTestId('chart')
    await poll(() => charts.count()).toBe(6)
    await poll(() => dashboard.getByTestId('chart-empty').count()).toBeGreaterThanOrEqual(3)
    await page.getByRole('region', { name: 'Sum-ups' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(RESULTS, 'campaign-plan-light.png'), fullPage: false })
    await dashboard.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(RESULTS, 'campaign-dashboard-new-light.png'), fullPage: false })

    // A campaign with months of work behind it: its charts, a table behind each, SVG and PNG export.
    await page.getByTestId('campaign-row').filter({ hasText: 'Heat and repairs now' }).click()
    // The generated leaflets have no copies recorded: that chart says so; the other five draw.
    await poll(() => charts.locator('.chart-plot svg').count()).toBe(5)
    expect(await dashboard.getByTestId('chart-empty').allInnerTexts()).toEqual([expect.stringMatching(/^No copies out yet of its/)])
    expect(await charts.locator('figcaption .chart-title').allInnerTexts()).toEqual(['Contacts gained per week', 'Levels over time', 'Conversations per week, by problem', 'Turnout per week', 'Follow-up health', 'Copies distributed'])
    expect(await charts.first().locator('table.visually-hidden tbody tr').count()).toBeGreaterThan(0)
    const download = page.waitForEvent('download')
    await charts.first().getByRole('button', { name: 'Export “Contacts gained per week” as SVG' }).click()
    const file = await (await download).path()
    expect(await readFile(file, 'utf8')).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<title>Contacts gained per week<\/title>/)
    const png = page.waitForEvent('download')
    await charts.nth(1).getByRole('button', { name: 'Export “Levels over time” as PNG' }).click()
    expect((await readFile(await (await png).path())).subarray(1, 4).toString()).toBe('PNG')
    await dashboard.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(RESULTS, 'campaign-dashboard-light.png'), fullPage: false })
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'))
    await page.waitForTimeout(300)
    await page.screenshot({ path: join(RESULTS, 'campaign-dashboard-dark.png'), fullPage: false })
    await page.getByRole('region', { name: 'The tide' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(RESULTS, 'campaign-plan-dark.png'), fullPage: false })
    await page.goto(`${host.url}#campaigns/choose`)
    await visible(page.getByTestId('candidate').first())
    await page.screenshot({ path: join(RESULTS, 'campaign-choose-dark.png'), fullPage: false })
  })
})
