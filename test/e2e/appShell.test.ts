import { mkdir, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../support/chromium'
import { startHostProcess, type HostProcess } from '../support/hostProcess'

const RESULTS = resolve('test-results')

describe('the app shell in Chromium against the loopback host', () => {
  let browser: Browser
  let host: HostProcess
  let page: Page
  let home: string

  const open = async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    page.on('pageerror', (error) => console.error('page error:', error.message))
    await page.goto(host.url)
    await page.getByTestId('notebook-name').waitFor()
  }
  const restart = async (signal: NodeJS.Signals) => {
    await page.close()
    await host.stop(signal)
    host = await startHostProcess(home)
    await open()
  }
  const saved = () => expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toMatch(/All changes saved at/)
  const visible = (locator: ReturnType<Page['locator']>) => locator.waitFor({ state: 'visible', timeout: 10_000 })
  const textOf = (locator: ReturnType<Page['locator']>) => expect.poll(() => locator.textContent(), { timeout: 10_000 })
  const valueOf = (locator: ReturnType<Page['locator']>) => expect.poll(() => locator.inputValue(), { timeout: 10_000 })
  const field = (label: string) => page.getByRole('complementary', { name: 'Contact' }).getByLabel(label, { exact: true })

  beforeAll(async () => {
    await mkdir(RESULTS, { recursive: true })
    home = await mkdtemp(join(tmpdir(), 'massline-e2e-'))
    ;[browser, host] = await Promise.all([launchChromium(), startHostProcess(home)])
    await open()
  })

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })

  it('greets a new user with a local notebook and says what to do', async () => {
    await textOf(page.getByTestId('notebook-name')).toBe('My notebook')
    await visible(page.getByRole('heading', { name: 'Nobody is due for a call today' }))
    await visible(page.getByRole('button', { name: 'Add your first contact' }))
    await page.screenshot({ path: join(RESULTS, 'app-shell-today.png') })
  })

  it('creates a notebook and switches to it', async () => {
    await page.getByTestId('notebook-name').click()
    await page.getByRole('menuitem', { name: 'New notebook…' }).click()
    await page.getByLabel('New notebook name').fill('Maple Court tenants')
    await page.getByRole('button', { name: 'Create' }).click()
    await textOf(page.getByTestId('notebook-name')).toBe('Maple Court tenants')
  })

  it('renames the notebook', async () => {
    await page.getByTestId('notebook-name').click()
    await page.getByRole('menuitem', { name: /^Rename/ }).click()
    await page.getByLabel('Notebook name').fill('Maple Court tenants union')
    await page.getByRole('button', { name: 'Rename' }).click()
    await textOf(page.getByTestId('notebook-name')).toBe('Maple Court tenants union')
  })

  it('adds a contact, edits it, and finds it after a reload', async () => {
    await page.getByRole('button', { name: /^Contacts/ }).click()
    await page.getByRole('button', { name: 'Add the first person you talked to' }).click()
    await page.getByLabel('Name', { exact: true }).fill('Rosa Delgado')
    await page.getByLabel('Phone', { exact: true }).fill('+1 212 555 0101')
    await page.getByRole('button', { name: 'Save' }).click()
    await visible(page.getByTestId('contact-row').filter({ hasText: 'Rosa Delgado' }))
    await field('Email').fill('rosa@example.org')
    await saved()
    await page.screenshot({ path: join(RESULTS, 'app-shell-contacts.png') })

    await page.reload()
    await page.getByRole('button', { name: /^Contacts/ }).click()
    await page.getByTestId('contact-row').filter({ hasText: 'Rosa Delgado' }).click()
    await valueOf(field('Email')).toBe('rosa@example.org')
  })

  it('still has the notebook and the contact after the host restarts', async () => {
    await restart('SIGTERM')
    await textOf(page.getByTestId('notebook-name')).toBe('Maple Court tenants union')
    await page.getByRole('button', { name: /^Contacts/ }).click()
    await visible(page.getByTestId('contact-row').filter({ hasText: 'Rosa Delgado' }))
  })

  it('loses no edit the UI showed as saved when the host is killed', async () => {
    await page.getByTestId('contact-row').filter({ hasText: 'Rosa Delgado' }).click()
    await field('Notes').fill('Promised a call back on Sunday about the heat.')
    await saved()
    await restart('SIGKILL')
    await page.getByRole('button', { name: /^Contacts/ }).click()
    await page.getByTestId('contact-row').filter({ hasText: 'Rosa Delgado' }).click()
    await valueOf(field('Notes')).toBe('Promised a call back on Sunday about the heat.')
  })

  it('opens the command palette with Ctrl+K and runs a command', async () => {
    await page.keyboard.press('Control+k')
    await page.getByLabel('Command palette').fill('today')
    await page.keyboard.press('Enter')
    await visible(page.getByRole('heading', { name: 'Today', exact: true, level: 1 }))
  })

  it('starts typing up conversations from the palette', async () => {
    await page.keyboard.press('Control+k')
    await page.getByLabel('Command palette').fill('fast entry')
    await page.keyboard.press('Enter')
    await visible(page.getByTestId('fast-entry-form'))
    expect(await page.evaluate(() => location.hash)).toBe('#notes/new')
  })
})
