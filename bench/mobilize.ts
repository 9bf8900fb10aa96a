import { callList, type CallListFilter } from '../src/shared/actions/callList'
import { newContactDoc } from '../src/shared/contacts/contact'
import { contactRow } from '../src/shared/contacts/contactRow'
import { DAY_MS } from '../src/shared/contacts/followUp'
import { newInteractionDoc } from '../src/shared/contacts/interactions'
import { newLevelEntry } from '../src/shared/contacts/levels'
import { timeTotals, type TimeEntry, type TimePerson } from '../src/shared/contacts/timeSpent'
import type { Page } from 'playwright-core'
import { launchChromium } from '../test/support/chromium'
import { startHostProcess } from '../test/support/hostProcess'
import type { BenchOptions } from './index'
import { percentile, type Report } from './report'
import { referenceHome, REFERENCE } from './support/benchNotebook'

const LEVELS = ['advanced', 'intermediate', 'backward', 'unknown'] as const
const LANGUAGES = ['en', 'es', 'vi', 'zh', 'ar']
const COMRADES = ['Ana', 'Ben', 'Cruz', 'Dana']

const median = (samples: number[]) => Math.round(percentile(samples, 50) * 10) / 10
function timed(runs: number, work: () => void): number[] {
  return Array.from({ length: runs }, () => {
    const started = performance.now()
    work()
    return performance.now() - started
  })
}

/** Waits (at most 30 s) until the page has gone a second without a long task: the contacts view's own loading is not the network's. */
function settled(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((done) => {
        const began = performance.now()
        let busy = began
        new PerformanceObserver((list) => list.getEntries().forEach((e) => (busy = Math.max(busy, e.startTime + e.duration)))).observe({ type: 'longtask', buffered: true })
        const check = () => (performance.now() - busy > 1000 || performance.now() - began > 30_000 ? done() : setTimeout(check, 100))
        check()
      }),
  )
}

/** Call lists from filters and time totals over 10k contacts (pure functions over rows and logs), and the network view's first frame in Chromium. */
export async function run(report: Report, options: BenchOptions): Promise<void> {
  const n = options.quick ? 2000 : 10_000
  const now = Date.now()
  const rows = Array.from({ length: n }, (_, i) =>
    contactRow({
      ...newContactDoc(`c${i}`, { name: `Person ${i}`, phones: [`+1212${String(5_000_000 + i).padStart(7, '0')}`], placeId: `p${i % 200}`, languages: [LANGUAGES[i % 5]!], consent: { call: i % 17 !== 0 } }, now - 400 * DAY_MS),
      ...(i % 7 === 0 ? { cadence: { val: 'reservoir' } } : {}),
      'level:a': newLevelEntry('rent', LEVELS[i % 4]!, now - 200 * DAY_MS),
      'log:a': newInteractionDoc({ kind: 'call', at: now - (i % 120) * DAY_MS, outcome: i % 23 === 0 ? 'wrongNumber' : 'reached' }),
    } as Parameters<typeof contactRow>[0]),
  )
  const filters: CallListFilter[] = [{}, { levels: ['advanced', 'intermediate'] }, { reservoir: 'only' }, { placeId: 'p7', language: 'es' }, { quietForDays: 30, reservoir: 'without' }, { contactedWithinDays: 14, levels: ['advanced'] }]
  let found = 0
  const lists = timed(10, () => {
    for (const filter of filters) found = callList(rows, 'rent', filter, now).length
  }).map((ms) => ms / filters.length)
  report({ figure: 'call-list-10k', value: median(lists), unit: 'ms', target: 50, note: `${n} contacts, ${filters.length} filters, median of 10 (last list: ${found})` })

  const entries: TimeEntry[] = []
  const people = new Map<string, TimePerson>()
  for (let i = 0; i < n; i++) {
    people.set(`c${i}`, { levels: { rent: LEVELS[i % 4]! }, tags: i % 25 === 0 ? ['officer'] : [] })
    for (let k = 0; k < 12; k++) entries.push({ contactId: `c${i}`, at: now - ((i * 31 + k * 29) % 365) * DAY_MS, minutes: 5 + ((i + k) % 40), kind: k % 3 ? 'call' : 'oneToOne', by: COMRADES[(i + k) % 4]!, campaignId: k % 2 ? 'rent' : '' })
  }
  const totals = timed(10, () => void timeTotals(entries, people, { since: now - 365 * DAY_MS, until: now + 1, label: 'this year' }))
  report({ figure: 'time-totals-year', value: median(totals), unit: 'ms', target: 100, note: `${entries.length} interactions over a year, median of 10` })

  // The network view of a generated notebook (quick: a smaller one), drawn by the app in Chromium.
  const home = await referenceHome(options.quick ? { ...REFERENCE, contacts: 2000, notes: 200, leaflets: 5 } : REFERENCE)
  const browser = await launchChromium()
  const host = await startHostProcess(home)
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } })
    await page.goto(`${host.url}#contacts`)
    await page.getByTestId('contact-row').first().waitFor({ state: 'visible', timeout: 60_000 })
    await settled(page)
    // From the click that opens the view (a hash change, as the app's navigation does) to Cytoscape's first drawn frame.
    const opened = await page.evaluate(() => {
      const at = performance.now()
      location.hash = '#teams/network'
      return at
    })
    const network = page.getByTestId('network')
    await page.waitForFunction(() => (document.querySelector('[data-testid="network"]') as HTMLElement | null)?.dataset.firstFrameAt, undefined, { timeout: 60_000 })
    const frame = Number(await network.getAttribute('data-first-frame-at')) - opened
    const shown = await page.getByTestId('network-summary').textContent()
    report({ figure: 'network-first-frame', value: Math.round(frame), unit: 'ms', target: 1000, note: `${shown} (${options.quick ? 2000 : REFERENCE.contacts} contacts)` })
    // Everyone at once, drawn as rings: no target, reported so the cost of the full picture stays known.
    const everyone = await page.evaluate(() => {
      const at = performance.now()
      ;[...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Show all'))?.click()
      return at
    })
    await page.waitForFunction((since) => Number((document.querySelector('[data-testid="network"]') as HTMLElement | null)?.dataset.firstFrameAt) > since, everyone, { timeout: 120_000 })
    report({ figure: 'network-everyone-frame', value: Math.round(Number(await network.getAttribute('data-first-frame-at')) - everyone), unit: 'ms', note: `${await page.getByTestId('network-summary').textContent()}, concentric layout` })
  } finally {
    await browser.close()
    await host.stop()
  }
}
