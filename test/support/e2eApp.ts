import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { NotebookCatalog } from '../../src/core/app/NotebookCatalog'
import { Notebook } from '../../src/core/notebook/Notebook'
import { launchChromium } from './chromium'
import { startHostProcess, type HostProcess } from './hostProcess'
import { nodeKeyVault } from '../../src/core/atRest/keyWrappings'

/** Where e2e screenshots and exported files go (to be looked at, not only asserted on). */
export const RESULTS = resolve('test-results')

export const visible = (locator: Locator, timeout = 15_000): Promise<void> => locator.waitFor({ state: 'visible', timeout })
export const poll = <T>(read: () => Promise<T>, timeout = 15_000) => expect.poll(read, { timeout })

/** Writes records into a home's default notebook before any host opens it. */
export async function seedDefaultNotebook(home: string, fill: (notebook: Notebook) => Promise<void>): Promise<void> {
  const catalog = new NotebookCatalog(home, nodeKeyVault(home))
  await catalog.ensureDefault()
  const notebook = await Notebook.open((await catalog.list())[0]!.dir, nodeKeyVault(home))
  try {
    await fill(notebook)
  } finally {
    await notebook.close()
  }
}

/** Debian's Chromium and the loopback host on `home`, with one page whose errors are logged. */
export async function startApp(home: string, viewport = { width: 1360, height: 900 }, nodeArgs: string[] = []): Promise<{ browser: Browser; host: HostProcess; page: Page }> {
  await mkdir(RESULTS, { recursive: true })
  const [browser, host] = await Promise.all([launchChromium(), startHostProcess(home, [], { nodeArgs })])
  const page = await browser.newPage({ viewport })
  page.on('pageerror', (error) => console.error('page error:', error.message))
  return { browser, host, page }
}
