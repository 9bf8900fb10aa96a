import { execFileSync } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newCampaignDoc } from '../../src/shared/campaigns/campaignMutations'
import { newContactDoc } from '../../src/shared/contacts/contact'
import { newPlaceDoc } from '../../src/shared/places/placeMutations'
import type { Notebook } from '../../src/core/notebook/Notebook'
import { type HostProcess } from '../support/hostProcess'
import { RESULTS, poll, seedDefaultNotebook, startApp, visible } from '../support/e2eApp'

const NOW = Date.now()
const EXISTING = [
  ['Rosa Díaz', '+12125550101'],
  ['Hamid Rahimi', '+12125550102'],
  ['Grace Okoye', '+12125550103'],
  ['Ines Ferreira', '+12125550104'],
  ['Marcus Lee', '+12125550105'],
] as const

async function seed(nb: Notebook): Promise<void> {
  await nb.putRecords('places', [newPlaceDoc('maple', { kind: 'building', name: 'Maple Court', address: '12 Maple St' }, NOW, ['1A', '2B', '3C'])])
  await nb.putRecords('campaigns', [newCampaignDoc('rent', { name: 'No rent increase at Maple Court', target: 'Acme Properties' }, NOW)])
  await nb.putRecords('contacts', EXISTING.map(([name, phone], i) => newContactDoc(`c${i}`, { name, phones: [phone], placeId: 'maple', owner: 'Ana' }, NOW - 30 * 86_400_000)))
}

/** Eight people at the door: four known (typed as they wrote it), one of them spelled differently (matched by phone), three new. */
const SIGN_INS = [
  ['Hamid Rahimi', '212-555-0102', 'matched'],
  ['Rosa Dias', '(212) 555-0101', 'matched'],
  ['Grace Okoye', '2125550103', 'matched'],
  ['Marcus Lee', '212 555 0105', 'matched'],
  ['Ines Ferreira', '212.555.0104', 'matched'],
  ['Lucía Gómez', '2125550201', 'new'],
  ['Tran Van Minh', '2125550202', 'new'],
  ['Amina Yusuf', '', 'new'],
] as const

describe('a mass meeting in Chromium', () => {
  let browser: Browser
  let host: HostProcess
  let page: Page
  let home: string
  const tab = (name: string) => page.getByRole('tab', { name }).click()
  const shot = (name: string) => page.screenshot({ path: join(RESULTS, `meetings-${name}.png`) })

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'massline-e2e-meetings-'))
    await seedDefaultNotebook(home, seed)
    ;({ browser, host, page } = await startApp(home, { width: 1400, height: 900 }))
    await page.goto(`${host.url}#meetings`)
  })

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })

  it('plans a meeting from the template, edits its agenda and saves it as the template', async () => {
    await page.getByLabel('Meeting title').fill('Maple Court tenants’ meeting')
    const d = new Date(NOW + 2 * 86_400_000)
    const pad = (n: number) => String(n).padStart(2, '0')
    await page.getByLabel('Meeting date').fill(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T19:00`)
    await page.getByLabel('Meeting campaign').selectOption({ label: 'No rent increase at Maple Court' })
    await page.getByLabel('Meeting place').selectOption({ label: 'Maple Court' })
    await page.getByLabel('Facilitators').fill('Ana, Ben')
    await page.getByRole('button', { name: 'Plan from the template' }).click()
    await poll(() => page.getByTestId('meeting-title').textContent()).toBe('Maple Court tenants’ meeting')
    await poll(() => page.getByTestId('agenda-part').count()).toBe(5)
    const first = page.getByLabel('Minutes for Speak bitterness: what we face')
    await first.fill('10')
    await first.press('Enter')
    await page.getByLabel('Leader of Speak bitterness: what we face').fill('Rosa')
    await page.getByLabel('Leader of Speak bitterness: what we face').press('Enter')
    await poll(() => page.getByText('5 parts · 80 minutes').count()).toBe(1)
    await page.getByRole('button', { name: 'Save as the notebook’s template' }).click()
    await poll(() => page.getByRole('status').filter({ hasText: 'new meetings start from these 5 parts' }).count()).toBe(1)
    await shot('agenda')
  })

  it('prints the sign-in sheet with its five columns', async () => {
    await tab('Sign-in')
    await page.getByRole('button', { name: 'Print the sign-in sheet' }).click()
    const status = page.getByTestId('signin-print-status')
    await poll(() => status.textContent(), 60_000).toMatch(/^Saved .*\.pdf$/)
    const path = /^Saved (.*\.pdf)$/.exec((await status.textContent())!)![1]!
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    expect(text).toMatch(/Name\s+Phone\s+Building \/ unit\s+Language\s+Can we call you\?/)
    expect(text).toContain('Maple Court tenants’ meeting')
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path, join(RESULTS, 'meetings-signin-sheet')])
  })

  it('signs eight people in at the keyboard: five matched (one spelled differently), three new', async () => {
    const name = page.getByLabel('Name', { exact: true })
    for (const [who, phone, kind] of SIGN_INS) {
      await name.click()
      await page.keyboard.type(who)
      await page.keyboard.press('Tab')
      await page.keyboard.type(phone)
      if (who === 'Rosa Dias') {
        await poll(() => page.getByTestId('signin-match').textContent()).toMatch(/Enter signs in Rosa Díaz \(same phone/)
        await shot('signin-duplicate')
      }
      await page.keyboard.press('Enter')
      await poll(() => page.getByTestId('signin-status').textContent()).toMatch(kind === 'new' ? new RegExp(`^Signed in ${who} \\(new contact\\), first time`) : /^Signed in .* \(matched: same phone/)
    }
    await poll(() => page.getByTestId('signed-in').count()).toBe(8)
    expect(await page.getByTestId('signed-in').filter({ hasText: 'Rosa Díaz' }).count()).toBe(1)
    // The three new people (and the known ones never at a meeting) are flagged for the orientation.
    expect(await page.getByTestId('signed-in').filter({ hasText: 'First time' }).count()).toBe(8)
    await shot('signin')
    // Three contacts were made, none for the duplicate.
    await page.goto(`${host.url}#contacts`)
    await poll(() => page.getByTestId('contact-row').count()).toBe(8)
    await page.goBack()
  })

  it('runs the agenda: the current part and the time left', async () => {
    await tab('Run sheet')
    await page.getByRole('button', { name: 'Start the meeting' }).click()
    await poll(() => page.getByTestId('run-part').textContent()).toBe('Speak bitterness: what we face')
    await poll(() => page.getByTestId('run-left').textContent()).toMatch(/^(10:00|9:5\d) left$/)
    await shot('run-sheet')
    await page.getByRole('button', { name: /^Next: Sum-up/ }).click()
    await poll(() => page.getByTestId('run-part').textContent()).toBe('Sum-up of recent actions and the plan')
  })

  it('gives everyone a task until the warning clears', async () => {
    await tab('Close-out')
    const warning = page.getByTestId('task-warning')
    await poll(() => warning.textContent()).toBe('8 people left without a task')
    const attendees = page.getByTestId('attendee')
    const due = new Date(NOW + 3 * 86_400_000).toISOString().slice(0, 10)
    for (let i = 0; i < 8; i++) {
      const row = attendees.nth(i)
      await row.getByPlaceholder('A task, however small').fill(`Flyer floor ${i + 1}`)
      await row.getByLabel(/^Due date for/).fill(due)
      await row.getByLabel(/^Comrade with/).fill('Ana')
      await row.getByRole('button', { name: 'Give task' }).click()
      await poll(() => row.getByTestId('attendee-task').count()).toBe(1)
      if (i === 3) await poll(() => warning.textContent()).toBe('4 people left without a task')
    }
    await poll(() => warning.textContent()).toBe('Everyone left with a task.')
    await shot('close-out')
  })

  it('shows the tasks on Today next to the calls', async () => {
    await page.goto(`${host.url}#today`)
    const tasks = page.getByRole('region', { name: 'Tasks due' })
    await visible(tasks)
    await poll(() => tasks.getByTestId('task-row').count()).toBe(8)
    expect(await tasks.textContent()).toMatch(/8 open tasks due this week/)
    await shot('today')
  })
})
