import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newContactDoc } from '../../src/shared/contacts/contact'
import { str } from '../../src/shared/notebook/scalar'
import { chunkFiles, flipRange, seeded } from '../support/damage'
import { poll, RESULTS, seedDefaultNotebook, startApp, visible } from '../support/e2eApp'
import type { HostProcess } from '../support/hostProcess'

describe('a damaged file in the app', () => {
  let browser: Browser
  let host: HostProcess
  let page: Page

  beforeAll(async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-e2e-damage-'))
    let dir = ''
    let shardId = ''
    await seedDefaultNotebook(home, async (notebook) => {
      await notebook.putRecords('contacts', Array.from({ length: 320 }, (_, i) => newContactDoc(`c${i}`, { name: `Comrade ${String(i).padStart(3, '0')}` }, Date.now())))
      dir = notebook.dir
      shardId = str(notebook.root.doc().shards.contacts[3]!).slice('automerge:'.length)
    })
    for (const chunk of (await chunkFiles(dir)).filter((c) => c.includes(shardId))) await flipRange(join(dir, chunk), seeded(1))
    ;({ browser, host, page } = await startApp(home))
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })

  it('opens with every other contact, and a recovery banner names the shard and its contacts', async () => {
    await page.goto(`${host.url}#contacts`)
    const banner = page.getByRole('alert', { name: 'Damaged file' })
    await visible(banner, 30_000)
    await expect(banner.textContent()).resolves.toMatch(/contacts shard 3 .*may lack changes\. Everything else is intact/)
    await banner.getByRole('button', { name: 'Details' }).click()
    const item = banner.getByTestId('damaged-document')
    await visible(item)
    await poll(() => item.textContent()).toMatch(/contacts shard 3 cannot be read until it is repaired: \d+ records \(Comrade \d{3}/)
    await poll(() => banner.textContent()).toMatch(/store\/.+ → quarantine\/.+\.chunk/)
    await page.screenshot({ path: join(RESULTS, 'damaged-file-banner.png') })
    // The other shards' contacts are all there.
    await visible(page.getByText('Comrade 000', { exact: true }).or(page.getByText('Comrade 001', { exact: true })).first())
    await banner.getByRole('button', { name: 'Fetch from comrades (sync)' }).click()
    await poll(() => page.evaluate(() => location.hash)).toBe('#sync')
  })
})
