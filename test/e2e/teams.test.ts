import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newCampaignDoc } from '../../src/shared/campaigns/campaignMutations'
import { newContactDoc, type ContactDoc } from '../../src/shared/contacts/contact'
import { newInteractionDoc, type InteractionKind } from '../../src/shared/contacts/interactions'
import { newLevelEntry, type Level } from '../../src/shared/contacts/levels'
import type { Notebook } from '../../src/core/notebook/Notebook'
import { type HostProcess } from '../support/hostProcess'
import { RESULTS, poll, seedDefaultNotebook, startApp, visible } from '../support/e2eApp'

const NOW = Date.now()
const DAY = 86_400_000

/** Who recruited and knows whom, their levels in the rent campaign, and the time spent with each this month. */
const PEOPLE: { id: string; name: string; level?: Level; recruitedBy?: string; knows?: string[]; tags?: string[]; time?: [InteractionKind, number, string] }[] = [
  { id: 'ana', name: 'Ana Pereira', level: 'advanced', time: ['call', 30, 'Ana'] },
  { id: 'ben', name: 'Ben Okafor', level: 'advanced', recruitedBy: 'ana', knows: ['cy'], time: ['oneToOne', 60, 'Ben'] },
  { id: 'cy', name: 'Cy Tran', level: 'intermediate', recruitedBy: 'ana', time: ['call', 10, 'Ana'] },
  { id: 'dee', name: 'Dee Martin', level: 'intermediate', recruitedBy: 'ben' },
  { id: 'eli', name: 'Eli Stone', level: 'backward', recruitedBy: 'ben' },
  { id: 'fay', name: 'Fay Union-Rep', knows: ['ana'], tags: ['officer'], time: ['meeting', 20, 'Ben'] },
  { id: 'lone', name: 'Lone Walker', level: 'intermediate' },
]

async function seed(nb: Notebook): Promise<void> {
  await nb.putRecords('campaigns', [newCampaignDoc('rent', { name: 'No rent increase', target: 'Acme Properties' }, NOW - 30 * DAY)])
  await nb.putRecords(
    'contacts',
    PEOPLE.map(({ id, name, level, recruitedBy, knows, tags, time }, i): ContactDoc => ({
      ...newContactDoc(id, { name, phones: [`+1212555030${i}`], ...(recruitedBy ? { recruitedBy } : {}), ...(knows ? { knows } : {}), ...(tags ? { tags } : {}) }, NOW - 60 * DAY),
      ...(level ? { 'level:1': newLevelEntry('rent', level, NOW - 20 * DAY) } : {}),
      ...(time ? { 'log:1': newInteractionDoc({ kind: time[0], minutes: time[1], by: time[2], at: NOW - 2 * DAY, outcome: 'reached', campaignId: 'rent' }) } : {}),
    })),
  )
}

describe('teams, the network and where our time goes, in Chromium', () => {
  let browser: Browser
  let host: HostProcess
  let page: Page
  /** A screenshot in the light theme, then the dark one (after `redrawn` says the view has drawn itself again). */
  const shots = async (name: string, redrawn: () => Promise<void> = () => page.waitForTimeout(300)) => {
    await page.screenshot({ path: join(RESULTS, `${name}-light.png`) })
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'))
    await redrawn()
    await page.screenshot({ path: join(RESULTS, `${name}-dark.png`) })
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'))
  }

  beforeAll(async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-e2e-teams-'))
    await seedDefaultNotebook(home, seed)
    ;({ browser, host, page } = await startApp(home, { width: 1400, height: 900 }))
    await page.goto(`${host.url}#contacts`)
    await visible(page.getByTestId('contact-row').first())
    await page.goto(`${host.url}#teams`)
  })

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })

  it('makes a phone tree with members, a person responsible and a task for a member', async () => {
    await visible(page.getByText('No teams yet'))
    await page.getByLabel('Team name').fill('Maple Court phone tree')
    await page.getByLabel('Kind of team').selectOption({ label: 'Phone tree' })
    await page.getByLabel('Team campaign').selectOption({ label: 'No rent increase' })
    await page.getByRole('button', { name: 'New team' }).click()
    await visible(page.getByRole('heading', { name: 'Maple Court phone tree' }))
    for (const [typed, name] of [['ben', 'Ben Okafor'], ['cy', 'Cy Tran'], ['dee', 'Dee Martin']]) {
      await page.getByLabel('Add a member').fill(typed!)
      await page.getByRole('button', { name: `Add ${name}` }).click()
      await poll(() => page.getByTestId('team-member').filter({ hasText: name! }).count()).toBe(1)
    }
    const ben = page.getByTestId('team-member').filter({ hasText: 'Ben Okafor' })
    await ben.getByRole('button', { name: 'Make responsible' }).click()
    await visible(ben.getByText('Responsible'))
    await poll(() => page.getByText('Phone tree · responsible: Ben Okafor').count()).toBe(1)

    await page.getByLabel('Member', { exact: true }).selectOption({ label: 'Dee Martin' })
    await page.getByRole('textbox', { name: 'Team task', exact: true }).fill('Call floors 3 and 4 about Thursday')
    await page.getByLabel('Team task due').fill(new Date(NOW + 3 * DAY).toISOString().slice(0, 10))
    await page.getByRole('button', { name: 'Give task' }).click()
    const dee = page.getByTestId('team-member').filter({ hasText: 'Dee Martin' })
    await poll(() => dee.getByTestId('task-row').allTextContents()).toEqual([expect.stringMatching(/^Call floors 3 and 4 about Thursday/)])
    expect(await page.getByTestId('team-row').allTextContents()).toEqual(['Maple Court phone treePhone tree · 3 members'])
    await shots('teams')
  })

  it('draws who recruited and knows whom, filtered by campaign and level', async () => {
    await page.getByRole('button', { name: /^The network/ }).click()
    const summary = page.getByTestId('network-summary')
    const network = page.getByTestId('network')
    const drawn = async (people: number, ties: number) => {
      await poll(() => summary.textContent()).toBe(`${people} people · ${ties} ties`)
      await poll(() => network.getAttribute('aria-label')).toBe(`Network of ${people} people and ${ties} ties`)
      await poll(() => network.getAttribute('data-nodes')).toBe(String(people))
    }
    // Everyone with a tie (not Lone Walker): four recruitments, Ben knows Cy, Fay knows Ana.
    await drawn(6, 6)
    await page.getByLabel('Network campaign').selectOption({ label: 'No rent increase' })
    // Fay was never judged in the campaign.
    await drawn(5, 5)
    await page.getByRole('checkbox', { name: 'Advanced' }).check()
    await page.getByRole('checkbox', { name: 'Intermediate' }).check()
    // Eli, judged backward, goes with his tie to Ben.
    await drawn(4, 4)
    const frame = await network.getAttribute('data-first-frame-at')
    await shots('network', async () => void (await poll(() => network.getAttribute('data-first-frame-at')).not.toBe(frame)))
  })

  it('adds up where our time went this month, with a reading and charts', async () => {
    await page.goto(`${host.url}#time`)
    // 120 minutes: 90 with the advanced (Ana 30, Ben 60), 20 with Fay, an officer.
    await poll(() => page.getByTestId('time-reading').textContent()).toBe('75% of our time this month went to the advanced; 17% to officers and staff.')
    const charts = page.getByTestId('chart')
    await poll(() => charts.locator('.chart-plot svg').count()).toBe(2)
    expect(await charts.first().locator('table.visually-hidden tbody tr').allInnerTexts()).toEqual(['Advanced\t90', 'Intermediate\t10', 'Backward\t0', 'Not yet known\t20'])
    expect(await page.locator('table.ctable-simple').innerText()).toMatch(/^Ben\t80 min\t67%\nAna\t40 min\t33%$/)
    await shots('time')
  })
})
