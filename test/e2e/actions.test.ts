import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newCampaignDoc } from '../../src/shared/campaigns/campaignMutations'
import { newActionDoc } from '../../src/shared/actions/actionMutations'
import { newContactDoc, type ContactDoc } from '../../src/shared/contacts/contact'
import { newInteractionDoc } from '../../src/shared/contacts/interactions'
import { DEFAULT_AGENDA } from '../../src/shared/meetings/agenda'
import type { MeetingDoc } from '../../src/shared/meetings/meeting'
import { newMeetingDoc } from '../../src/shared/meetings/meetingMutations'
import { scalar } from '../../src/shared/notebook/scalar'
import { newLevelEntry, type Level } from '../../src/shared/contacts/levels'
import type { Notebook } from '../../src/core/notebook/Notebook'
import { type HostProcess } from '../support/hostProcess'
import { RESULTS, poll, seedDefaultNotebook, startApp, visible } from '../support/e2eApp'

const NOW = Date.now()
const PEOPLE: [string, Level, boolean][] = [
  ['Ana Pereira', 'advanced', true],
  ['Bilal Haddad', 'advanced', true],
  ['Chen Mei', 'intermediate', true],
  ['Dora Ruiz', 'intermediate', true],
  ['Earl Brown', 'backward', true],
  ['Fatima Khan', 'advanced', false],
]

const DAY = 86_400_000
const came = (at: number) => ({ state: scalar('came'), at, firstTime: true })
const attended = (gathering: 'meeting' | 'action', at: number) => newInteractionDoc({ kind: gathering === 'meeting' ? 'meeting' : 'event', at, outcome: 'reached', campaignId: 'rent' })

/**
 * Six people; Dora and Fatima have been to a meeting three weeks ago and a speak-out two weeks
 * ago (so Dora is no first-timer), which give the campaign's turnout its history.
 */
async function seed(nb: Notebook): Promise<void> {
  await nb.putRecords('campaigns', [newCampaignDoc('rent', { name: 'No rent increase', target: 'Acme Properties' }, NOW - 30 * DAY)])
  const meeting = newMeetingDoc('m0', { title: 'Tenants’ meeting', date: NOW - 21 * DAY, campaignId: 'rent' }, DEFAULT_AGENDA, NOW - 22 * DAY)
  const speakOut = newActionDoc('a0', { title: 'Speak-out at the rent board', kind: 'speakOut', date: NOW - 14 * DAY, campaignId: 'rent' }, NOW - 15 * DAY)
  for (const id of ['p3', 'p5']) {
    meeting[`signin:${id}`] = { at: NOW - 21 * DAY, firstTime: true }
    speakOut[`ask:${id}`] = came(NOW - 14 * DAY)
  }
  await nb.putRecords('meetings', [meeting, speakOut as unknown as MeetingDoc])
  await nb.putRecords(
    'contacts',
    PEOPLE.map(([name, level, canCall], i): ContactDoc => ({
      ...newContactDoc(`p${i}`, { name, phones: [`+1212555020${i}`], owner: 'Ana', consent: { call: canCall } }, NOW - 60 * DAY),
      [`level:${i}`]: newLevelEntry('rent', level, NOW - 30 * DAY),
      ...(i === 3 || i === 5 ? { 'log:meeting-m0': attended('meeting', NOW - 21 * DAY), 'log:action-a0': attended('action', NOW - 14 * DAY) } : {}),
    })),
  )
}

describe('an action and its turnout in Chromium', () => {
  let browser: Browser
  let host: HostProcess
  let page: Page
  const shot = (name: string) => page.screenshot({ path: join(RESULTS, `actions-${name}.png`) })

  beforeAll(async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-e2e-actions-'))
    await seedDefaultNotebook(home, seed)
    ;({ browser, host, page } = await startApp(home, { width: 1400, height: 900 }))
    await page.goto(`${host.url}#contacts`)
    await visible(page.getByTestId('contact-row').first())
    await page.goto(`${host.url}#actions`)
  })

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })

  it('builds the call list from filters, leaving out the backward and whoever said not to call', async () => {
    await page.getByLabel('Action name').fill('Delegation to the management office')
    await page.getByLabel('Kind of action').selectOption({ label: 'Delegation to the target' })
    const d = new Date(NOW - DAY)
    const pad = (n: number) => String(n).padStart(2, '0')
    await page.getByLabel('Action date').fill(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T17:00`)
    await page.getByLabel('Target').fill('Acme Properties')
    await page.getByLabel('Action campaign').selectOption({ label: 'No rent increase' })
    await page.getByRole('button', { name: 'New action' }).click()
    await poll(() => page.getByTestId('action-title').textContent()).toBe('Delegation to the management office')
    await poll(() => page.getByTestId('call-list-found').textContent()).toBe('4 people match')
    await page.getByRole('checkbox', { name: 'Advanced' }).check()
    await poll(() => page.getByTestId('call-list-found').textContent()).toBe('2 people match')
    await page.getByRole('checkbox', { name: 'Intermediate' }).check()
    await poll(() => page.getByTestId('call-list-found').textContent()).toBe('4 people match')
    await page.getByRole('button', { name: 'Add 4 people to the call list' }).click()
    await poll(() => page.getByTestId('ask-row').count()).toBe(4)
    expect(await page.getByRole('listbox', { name: 'Call list' }).textContent()).not.toMatch(/Earl Brown|Fatima Khan/)
  })

  it('logs asks, commitments and attendance one key each (as on Today), flagging first-timers', async () => {
    const list = page.getByRole('listbox', { name: 'Call list' })
    const status = page.getByTestId('action-status')
    await list.focus()
    // The list is by name: Ana, Bilal, Chen, Dora. Each key waits for its own result, so no step is read off the one before.
    const steps: [string, string][] = [
      ['1', 'Ana Pereira: asked'],
      ['j', ''],
      ['2', 'Bilal Haddad: committed'],
      ['j', ''],
      ['3', 'Chen Mei: came (first time)'],
      ['j', ''],
      ['3', 'Dora Ruiz: came'],
      ['k', ''],
      ['k', ''],
      ['k', ''],
      ['4', 'Ana Pereira: said no'],
    ]
    for (const [key, said] of steps) {
      await page.keyboard.press(key)
      if (said) await poll(() => status.textContent()).toBe(said)
    }
    await poll(() => page.getByTestId('ask-state').allTextContents()).toEqual(['Said no', 'Committed', 'Came', 'Came'])
    await poll(() => page.getByTestId('turnout').textContent()).toBe('2 came (1 first time) · 3 committed · 4 asked · 1 said no · 0 still to ask')
    // Chen has never been to a meeting or an action; Dora came to the meeting and the speak-out before.
    expect(await page.getByTestId('ask-row').filter({ hasText: 'First time' }).allTextContents()).toEqual([expect.stringMatching(/^Chen Mei/)])
    await shot('call-list')
  })

  it('schedules follow-up calls for everyone who came, on their contact records', async () => {
    await page.getByRole('button', { name: 'Schedule follow-up calls for everyone who came' }).click()
    await poll(() => page.getByTestId('action-status').textContent()).toMatch(/^Follow-up calls scheduled for 2 who came, due /)
    for (const [id, promised] of [['p2', true], ['p3', true], ['p1', false]] as const) {
      await page.goto(`${host.url}#contacts/${id}`)
      const line = page.getByText(/^Promised a follow-up by .*: Follow up after Delegation to the management office$/)
      if (promised) await visible(line)
      else {
        await visible(page.getByTestId('contact-next'))
        expect(await line.count()).toBe(0)
      }
    }
  })

  it('charts the turnout per action, and per campaign over time on the campaign’s dashboard, light and dark', async () => {
    await page.goto(`${host.url}#actions`)
    const perAction = page.getByRole('figure').filter({ hasText: 'Turnout per action' })
    await visible(perAction.locator('.chart-plot svg'))
    expect(await perAction.locator('table.visually-hidden tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/Speak-out at the rent board\s+No rent increase\s+2\s+2\s+2\s+2$/),
      expect.stringMatching(/Delegation to the management office\s+No rent increase\s+4\s+3\s+2\s+1$/),
    ])
    const png = page.waitForEvent('download')
    await perAction.getByRole('button', { name: 'Export “Turnout per action” as PNG' }).click()
    expect((await readFile(await (await png).path())).subarray(1, 4).toString()).toBe('PNG')
    await shot('turnout-light')
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'))
    await page.waitForTimeout(300)
    await shot('turnout-dark')
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'))

    // Per campaign over time: the meeting three weeks ago, the speak-out two weeks ago, and yesterday's delegation, each in its week.
    await page.goto(`${host.url}#campaigns/rent`)
    const perCampaign = page.getByRole('region', { name: 'Dashboard' }).getByTestId('chart').filter({ hasText: 'Turnout per week' })
    await visible(perCampaign.locator('.chart-plot svg'))
    await poll(() => perCampaign.locator('.chart-plot svg').first().getAttribute('aria-description')).toMatch(/^4 came to actions and 2 signed in at meetings over \d weeks; the most, 2, in the week of \d{4}-\d\d-\d\d\.$/)
    const weeks = (await perCampaign.locator('table.visually-hidden tbody tr').allInnerTexts()).map((row) => row.split('\t').slice(1).join(' '))
    expect(weeks.filter((w) => w !== '0 0')).toEqual(['0 2', '2 0', '2 0'])
    await perCampaign.scrollIntoViewIfNeeded()
    await shot('campaign-turnout-light')
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'))
    await page.waitForTimeout(300)
    await shot('campaign-turnout-dark')
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'))
  })
})
