import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Notebook } from '../../src/core/notebook/Notebook'
import { nodeKeyVault } from '../../src/core/atRest/keyWrappings'
import { acceptInvite } from '../../src/core/sync/acceptInvite'
import { NotebookSync } from '../../src/core/sync/NotebookSync'
import { launchChromium } from '../support/chromium'
import { startHostProcess, type HostProcess } from '../support/hostProcess'

const RESULTS = resolve('test-results')
const LAN = { internet: false as const, lan: { host: '127.0.0.1', interface: '127.0.0.1', queryIntervalMs: 300 } }

describe('the Sync panel in Chromium (LAN on loopback, no internet)', () => {
  let browser: Browser
  let host: HostProcess
  let page: Page
  let comrade: { notebook: Notebook; sync: NotebookSync } | undefined
  const text = (testId: string) => expect.poll(() => page.getByTestId(testId).textContent(), { timeout: 20_000 })

  beforeAll(async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-e2e-sync-'))
    ;[browser, host] = await Promise.all([launchChromium(), startHostProcess(home, ['--sync-lan-host', '127.0.0.1'])])
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.on('pageerror', (error) => console.error('page error:', error.message))
    await page.goto(`${host.url}#sync`)
  })

  afterAll(async () => {
    if (comrade) {
      await comrade.sync.disable()
      await comrade.notebook.close()
    }
    await browser?.close()
    await host?.stop()
  })

  it('is off until the user turns it on, and says so', async () => {
    await page.getByRole('heading', { name: 'Sync is off' }).waitFor()
    await text('sync-summary').toMatch(/sync is off/)
    await page.screenshot({ path: join(RESULTS, 'sync-off.png') })
    await page.getByRole('switch', { name: 'Turn sync on' }).click()
    await page.getByRole('heading', { name: 'Syncing with your comrades' }).waitFor()
    await text('sync-summary').toMatch(/Sync on/)
  })

  it('invites a comrade whose device joins once the user confirms the digits, and shows up as a member', async () => {
    await page.getByLabel('Invite valid for').selectOption('60')
    await page.getByRole('button', { name: 'Create an invite' }).click()
    await page.getByRole('img', { name: 'Invite QR code' }).waitFor()
    const code = await page.getByTestId('invite-code').inputValue()
    expect(code.length).toBeGreaterThan(20)

    const dir = await mkdtemp(join(tmpdir(), 'massline-e2e-comrade-'))
    const keys = nodeKeyVault(`${dir}-home`)
    let shown = ''
    const joining = acceptInvite(code, { ...LAN, dir, keys, deviceName: 'Dana’s laptop', timeoutMs: 60_000, onSas: (sas) => (shown = sas) })
    const request = page.getByRole('alertdialog', { name: 'Dana’s laptop wants to join' })
    await request.waitFor({ timeout: 30_000 })
    expect(await request.getByTestId('request-sas').textContent()).toBe(shown) // both screens show the same digits
    await page.screenshot({ path: join(RESULTS, 'sync-join-request.png'), fullPage: true })
    await request.getByRole('button', { name: 'The digits match: let it in' }).click()
    await joining
    const notebook = await Notebook.open(dir, keys)
    const sync = await NotebookSync.open(notebook, { ...LAN, deviceName: 'Dana’s laptop' })
    await sync.enable()
    comrade = { notebook, sync }

    await page.getByText('Dana’s laptop').first().waitFor({ timeout: 20_000 })
    await text('sync-peers').toMatch(/Dana’s laptop/)
    await expect.poll(() => page.getByRole('region', { name: 'Membership log' }).textContent()).toMatch(/added Dana’s laptop/)
    await page.screenshot({ path: join(RESULTS, 'sync-members.png'), fullPage: true })
  }, 90_000)

  it('warns plainly that a removed device keeps what it had, then removes it', async () => {
    await page.getByRole('button', { name: 'Remove…' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Remove Dana’s laptop' })
    await expect.poll(() => dialog.textContent()).toMatch(/keeps everything it already has/)
    await dialog.getByRole('button', { name: 'Remove and change the key' }).click()
    await expect.poll(() => page.locator('.members').textContent(), { timeout: 20_000 }).not.toMatch(/Dana’s laptop/)
    await expect.poll(() => page.getByRole('region', { name: 'Membership log' }).textContent()).toMatch(/removed Dana’s laptop; the key changed/)
    await page.screenshot({ path: join(RESULTS, 'sync-membership-log.png'), fullPage: true })
  }, 60_000)

  it('saves an encrypted copy, refuses a wrong passphrase, and merges with the right one', async () => {
    await page.getByLabel('Passphrase for the file').fill('correct horse battery')
    await page.getByRole('button', { name: 'Save an encrypted copy…' }).click()
    await text('bundle-message').toMatch(/Saved the encrypted file to .*\.massline-bundle/)
    const path = (await page.getByTestId('bundle-message').textContent())!.replace('Saved the encrypted file to ', '')

    await page.getByLabel('Encrypted file to merge').setInputFiles(path)
    await page.getByLabel('Passphrase of the file').fill('wrong passphrase')
    await page.getByRole('button', { name: 'Merge into this notebook' }).click()
    await text('bundle-message').toMatch(/passphrase|key/i)

    await page.getByLabel('Passphrase of the file').fill('correct horse battery')
    await page.getByRole('button', { name: 'Merge into this notebook' }).click()
    await text('bundle-message').toMatch(/Merged \d+ documents .*Nothing was overwritten/)
    await page.screenshot({ path: join(RESULTS, 'sync-panel.png'), fullPage: true })
  }, 60_000)
})
