import { readFile, rm, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NotebookCatalog } from '../src/core/app/NotebookCatalog'
import { Notebook } from '../src/core/notebook/Notebook'
import { newContactDoc, type ContactDoc } from '../src/shared/contacts/contact'
import { setContactScalar } from '../src/shared/contacts/contactMutations'
import { launchChromium } from '../test/support/chromium'
import { startHostProcess } from '../test/support/hostProcess'
import type { BenchOptions } from './index'
import { percentile, type Report } from './report'
import { referenceHome, REFERENCE } from './support/benchNotebook'
import { nodeKeyVault } from '../src/core/atRest/keyWrappings'

export async function run(report: Report, options: BenchOptions): Promise<void> {
  const reference = options.quick ? { ...REFERENCE, contacts: 1000, notes: 500, leaflets: 20 } : REFERENCE
  await buildFromImport(report, reference.contacts)
  await coldOpen(report, await referenceHome(reference))
  await editLatency(report, await referenceHome(reference))
}

/** Building the notebook from a 10,000-row import: the rows as parsed, written into a new notebook. */
async function buildFromImport(report: Report, rows: number): Promise<void> {
  const home = await mkdtemp(join(tmpdir(), 'massline-bench-import-'))
  const parsed = Array.from({ length: rows }, (_, i) => ({ name: `Person ${i}`, phones: [`+1212555${String(i).padStart(4, '0')}`], tags: ['tenant'], unit: `${1 + (i % 6)}${'ABCD'[i % 4]}` }))
  const started = performance.now()
  const notebook = await new NotebookCatalog(home, nodeKeyVault(home)).create('Imported')
  const now = Date.now()
  await notebook.putRecords<ContactDoc>('contacts', parsed.map((row) => newContactDoc(crypto.randomUUID(), row, now)))
  await notebook.close()
  report({ figure: 'build-from-10k-import', value: Math.round(performance.now() - started), unit: 'ms', target: 10_000, note: `${rows} rows` })
  await rm(home, { recursive: true, force: true })
}

const FIRST_ROW_PAINTED = `new MutationObserver((_, observer) => {
  if (!document.querySelector('[data-testid=contact-row]')) return
  observer.disconnect()
  requestAnimationFrame(() => setTimeout(() => (window.firstRowPainted = { at: Date.now(), sinceNavigation: performance.now() })))
}).observe(document, { childList: true, subtree: true })`

/** From starting the core process to the first screen of the contact list painted in Chromium. */
async function coldOpen(report: Report, home: string): Promise<void> {
  const browser = await launchChromium()
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  // The page notes when the frame holding the first row is painted (Playwright's polling can
  // notice it later, when the main thread is busy starting Automerge after that paint).
  await page.addInitScript(FIRST_ROW_PAINTED)
  const started = Date.now()
  const host = await startHostProcess(home)
  await page.goto(`${host.url}#contacts`)
  await page.getByTestId('contact-row').first().waitFor({ state: 'visible', timeout: 30_000 })
  const painted = await page.waitForFunction(() => (window as { firstRowPainted?: { at: number; sinceNavigation: number } }).firstRowPainted!).then((h) => h.jsonValue())
  const coldOpenMs = painted.at - started
  const firstRender = painted.sinceNavigation
  report({ figure: 'cold-open', value: Math.round(coldOpenMs), unit: 'ms', target: 1000 })
  report({ figure: 'renderer-first-render', value: Math.round(firstRender), unit: 'ms', note: 'navigation start to the first contact row painted' })
  // The core loads every contact shard in the background after the first screen: RSS once it has.
  await new Promise((resolve) => setTimeout(resolve, 8000))
  report({ figure: 'core-rss-after-open', value: Math.round((await rssKiB(host.child.pid!)) / 1024), unit: 'MB', target: 500 })
  await browser.close()
  await host.stop()
  await rm(home, { recursive: true, force: true })
}

/** Editing one field of one record, in the core, with the list index kept current. */
async function editLatency(report: Report, home: string): Promise<void> {
  const [entry] = await new NotebookCatalog(home, nodeKeyVault(home)).list()
  const notebook = await Notebook.open(entry!.dir, nodeKeyVault(home))
  await notebook.loadAll('contacts')
  const ids = notebook.contacts.rows().map((r) => r.id)
  const samples: number[] = []
  for (let i = 0; i < 600; i++) {
    const id = ids[(i * 7919) % ids.length]!
    const shard = await notebook.shardOf<ContactDoc>('contacts', id)
    const started = performance.now()
    shard.change((doc) => setContactScalar(doc, id, 'owner', `Comrade ${i}`, Date.now()))
    if (i >= 100) samples.push(performance.now() - started)
  }
  report({ figure: 'edit-field-p50', value: percentile(samples, 50), unit: 'ms' })
  report({ figure: 'edit-field-p95', value: percentile(samples, 95), unit: 'ms', target: 5 })
  await notebook.close()
  await rm(home, { recursive: true, force: true })
}

async function rssKiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN)
}
