import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newContactDoc } from '../../src/shared/contacts/contact'
import { type HostProcess } from '../support/hostProcess'
import { RESULTS, poll, visible, seedDefaultNotebook, startApp } from '../support/e2eApp'

const PASSPHRASE = 'solidarity forever'

describe('remove from our history, and the app lock, in Chromium', () => {
  let browser: Browser
  let host: HostProcess
  let page: Page
  let home: string
  const rows = () => page.getByTestId('contact-row')
  const bodyText = () => page.evaluate(() => document.body.innerText + document.body.innerHTML)

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'massline-e2e-purge-'))
    await seedDefaultNotebook(home, (nb) =>
      nb.putRecords('contacts', [
        newContactDoc('c-maria', { name: 'Maria Quintanilla', phones: ['+15557654321'], notes: 'Asked to be forgotten' }, Date.now()),
        newContactDoc('c-rosa', { name: 'Rosa Flores', knows: ['c-maria'], notes: 'Cousin of Maria Quintanilla' }, Date.now()),
      ]),
    )
    ;({ browser, host, page } = await startApp(home, { width: 1360, height: 860 }))
    await page.goto(`${host.url}#contacts`)
    await visible(rows().first())
  })

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })

  it('removes a person from the history after a confirmation that says what it does and cannot do', async () => {
    await rows().filter({ hasText: 'Maria Quintanilla' }).click()
    await page.getByRole('button', { name: 'Remove from our history…' }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Remove Maria Quintanilla from our history?' })
    await visible(confirm)
    expect(await confirm.textContent()).toMatch(/never syncs again.*still holds the old history/)
    expect(await confirm.textContent()).toMatch(/secret is rotated/)
    await page.screenshot({ path: join(RESULTS, 'purge-confirm.png') })
    await confirm.getByRole('button', { name: 'Remove from our history' }).click()
    // The window reloads on the list, with nothing of her left in it.
    await poll(() => rows().count()).toBe(1)
    await poll(bodyText).not.toContain('Quintanilla')
    await rows().filter({ hasText: 'Rosa Flores' }).click()
    await poll(() => page.getByLabel('Notes', { exact: true }).inputValue()).toBe('Cousin of [removed]')
    await page.screenshot({ path: join(RESULTS, 'purge-after.png') })
  })

  it('locks on demand: nothing of the notebook on screen or in the DOM, a wrong passphrase refused, the right one unlocks', async () => {
    await page.getByRole('button', { name: 'App lock settings' }).click()
    const dialog = page.getByRole('dialog', { name: 'App lock' })
    await dialog.getByLabel('Unlock passphrase').fill(PASSPHRASE)
    await dialog.getByLabel('Repeat it').fill(PASSPHRASE)
    await dialog.getByRole('button', { name: 'Set passphrase' }).click()
    await poll(() => dialog.getByRole('status').textContent()).toBe('Unlock passphrase saved')
    await page.screenshot({ path: join(RESULTS, 'lock-settings.png') })
    await dialog.getByRole('button', { name: 'Close' }).click()

    await page.getByRole('button', { name: 'Lock', exact: true }).click()
    await visible(page.getByRole('main', { name: 'Massline is locked' }))
    expect(await bodyText()).not.toContain('Rosa Flores')
    expect(await bodyText()).not.toContain('My notebook')
    expect(await page.title()).toBe('Massline — locked')
    await page.getByLabel('Unlock passphrase').fill('solidarity never')
    await page.getByRole('button', { name: 'Unlock' }).click()
    await poll(() => page.getByRole('alert').textContent()).toMatch(/Wrong passphrase: Massline stays locked/)
    await page.screenshot({ path: join(RESULTS, 'lock-screen-wrong.png') })
    expect(await bodyText()).not.toContain('Rosa Flores')
    await page.getByLabel('Unlock passphrase').fill(PASSPHRASE)
    await page.getByRole('button', { name: 'Unlock' }).click()
    await visible(rows().filter({ hasText: 'Rosa Flores' }))
    expect(await page.title()).not.toContain('locked')
  })

  it('locks by itself after the set idle time, and by the shortcut', async () => {
    // A short idle time (the settings offer a minute and up), written where the core keeps it.
    const saved = JSON.parse(await readFile(join(home, 'lock.json'), 'utf8'))
    await writeFile(join(home, 'lock.json'), JSON.stringify({ ...saved, idleSeconds: 3 }))
    await page.reload()
    await visible(rows().first())
    await page.mouse.move(200, 200)
    await visible(page.getByRole('main', { name: 'Massline is locked' }), 10_000)
    expect(await bodyText()).not.toContain('Rosa Flores')
    await page.screenshot({ path: join(RESULTS, 'lock-idle.png') })
    await page.getByLabel('Unlock passphrase').fill(PASSPHRASE)
    await page.getByRole('button', { name: 'Unlock' }).click()
    await visible(rows().first())
    await page.keyboard.press('Control+Shift+L')
    await visible(page.getByRole('main', { name: 'Massline is locked' }))
  })
})
