import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newContactDoc } from '../../src/shared/contacts/contact'
import { notebookPaths } from '../../src/core/notebook/notebookFiles'
import { purgeFromHistory } from '../../src/core/purge/purgeFromHistory'
import { recordCarried } from '../../src/core/purge/purgeNotices'
import { type HostProcess } from '../support/hostProcess'
import { RESULTS, poll, visible, seedDefaultNotebook, startApp } from '../support/e2eApp'

describe('a purge a comrade made while this device was away, in Chromium', () => {
  let browser: Browser
  let host: HostProcess
  let page: Page

  beforeAll(async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-e2e-purge-notice-'))
    // The state this device is in once it has synced a comrade's purge: the old documents gone,
    // its own edits to them carried over, and its user not told yet.
    await seedDefaultNotebook(home, async (nb) => {
      await nb.putRecords('contacts', [
        newContactDoc('c-maria', { name: 'Maria Quintanilla', phones: ['+15557654321'] }, Date.now()),
        newContactDoc('c-rosa', { name: 'Rosa Flores', knows: ['c-maria'], notes: 'Cousin of Maria Quintanilla' }, Date.now()),
      ])
      const { entry } = await purgeFromHistory(nb, { kind: 'contact', id: 'c-maria' })
      await nb.files.write(notebookPaths(nb.dir).purgesSeen, '[]')
      await recordCarried(nb.files, nb.dir, entry.id, { records: 2, dropped: 1 })
    })
    ;({ browser, host, page } = await startApp(home, { width: 1360, height: 1000 }))
  })

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })

  it('is told in the sync panel, with what became of its edits, and the status bar says so until read', async () => {
    await page.goto(`${host.url}#sync`)
    const panel = page.getByRole('region', { name: 'Removed from history' })
    await visible(panel)
    const notice = panel.getByTestId('purge-notice')
    await visible(notice)
    expect(await notice.textContent()).toMatch(/a comrade removed a person from the notebook's history/)
    expect(await notice.textContent()).toMatch(/Your edits made meanwhile to 2 records were carried over to the new copies/)
    expect(await notice.textContent()).toMatch(/1 edit you made to what was removed was not kept/)
    expect(await panel.textContent()).toMatch(/A comrade removed a person from the notebook's history; \d+ documents? replaced/)
    // Told once on this page: the app-wide banner stands aside for the panel.
    expect(await page.getByTestId('purge-notice').count()).toBe(1)
    expect(await page.getByTestId('sync-summary').textContent()).toMatch(/removed something from our history/)
    await panel.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(RESULTS, 'sync-purge-notice.png'), fullPage: true })

    await notice.getByRole('button', { name: 'Got it' }).click()
    await poll(() => page.getByTestId('sync-summary').textContent()).not.toMatch(/removed something/)
    await poll(() => panel.getByTestId('purge-notice').count()).toBe(0)
    // The record of purges stays.
    expect(await panel.textContent()).toMatch(/A comrade removed a person/)
  })
})
