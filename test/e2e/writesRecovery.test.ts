import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NotebookCatalog } from '../../src/core/app/NotebookCatalog'
import { nodeKeyVault } from '../../src/core/atRest/keyWrappings'
import { allContactDocs, allRecords } from '../../src/core/contacts/readAll'
import { Notebook } from '../../src/core/notebook/Notebook'
import { str } from '../../src/shared/notebook/scalar'
import type { PlaceDoc } from '../../src/shared/places/place'
import { RESULTS, poll, startApp, visible } from '../support/e2eApp'
import type { HostProcess } from '../support/hostProcess'
import { importAndKill } from '../support/killImport'
import { peopleCsv } from '../support/peopleCsv'

const ROWS = 1500

describe('recovering unfinished writes in Chromium', () => {
  let browser: Browser
  let host: HostProcess
  let page: Page
  let home: string
  let dir: string
  const fullDisk = () => join(home, 'FULL')

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'massline-e2e-writes-'))
    const catalog = new NotebookCatalog(home, nodeKeyVault(home))
    await catalog.ensureDefault()
    dir = (await catalog.list())[0]!.dir
    const file = join(home, 'contacts.csv')
    await writeFile(file, peopleCsv(0, ROWS))
    await importAndKill(file, dir, home, 400)
    // The host's disk fills up whenever the FULL file exists.
    process.env.MASSLINE_TEST_FULL_DISK = fullDisk()
    ;({ browser, host, page } = await startApp(home, { width: 1360, height: 900 }, ['--import', resolve('test/support/fullDiskPreload.mjs')]))
    await page.goto(host.url)
  })

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })

  it('says an import stopped half-way, and finishes it without adding anyone twice', async () => {
    const banner = page.getByTestId('interrupted-import')
    await visible(banner)
    expect(await banner.innerText()).toMatch(/An import of contacts\.csv stopped after [\d,]+ of 1,500 rows\./)
    await page.screenshot({ path: join(RESULTS, 'writes-interrupted-import.png') })
    await banner.getByRole('button', { name: 'Finish it' }).click()
    await poll(() => page.getByRole('status').filter({ hasText: 'Finished' }).innerText(), 60_000).toMatch(/Finished: [\d,]+ more contacts, none twice\./)
    await poll(() => banner.count()).toBe(0)
  })

  it('keeps working read-only on a full disk, tells the person, and saves once there is room', async () => {
    await writeFile(fullDisk(), '')
    await page.goto(`${host.url}#places`)
    await page.getByRole('button', { name: 'New place' }).click()
    const form = page.getByRole('form', { name: 'New place' })
    await form.getByLabel('Name').fill('Cedar House')
    await form.getByLabel('Address').fill('9 Cedar Road')
    await form.getByRole('button', { name: 'Create place' }).click()
    const noRoom = page.getByTestId('no-room')
    await visible(noRoom)
    expect(await noRoom.innerText()).toMatch(/No space left on the disk: this notebook is read-only for now\. Your changes are kept/)
    await poll(() => page.getByTestId('save-state').innerText()).toMatch(/Not saved: No space left on the disk/)
    await page.screenshot({ path: join(RESULTS, 'writes-disk-full.png') })
    await rm(fullDisk())
    await noRoom.getByRole('button', { name: 'Try again' }).click()
    await poll(() => noRoom.count()).toBe(0)
  })

  it('lost nothing: every row once, and the place typed while the disk was full', async () => {
    await host.stop()
    const nb = await Notebook.open(dir, nodeKeyVault(home), { readOnly: true })
    const ids = (await allContactDocs(nb)).map((c) => c.id)
    expect(ids).toHaveLength(ROWS)
    expect(new Set(ids).size).toBe(ROWS)
    expect((await allRecords<PlaceDoc>(nb, 'places')).map((p) => str(p.name))).toContain('Cedar House')
    await nb.close()
    expect(existsSync(fullDisk())).toBe(false)
  })
})
