import type { Panels } from '../../shared/leaflets/layouts'
import { MEASURE_SCRIPT } from '../../shared/leaflets/leafletHtmlMeasure'
import type { PrintToPdf } from './leafletPrinter'

/** Flags that keep Chromium from reaching for the network on its own. */
const QUIET_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic']

/**
 * Prints through the system's Chromium (CHROMIUM_PATH, default /usr/bin/chromium), headless.
 * The page is set from a string and every request that is not a data: URL is refused, so
 * nothing is fetched: the fonts travel inside the page. playwright-core is imported on first
 * use: loading it costs most of a second, which every start of the core would otherwise pay.
 */
export const chromiumPrinter: PrintToPdf = async (html, { pdf }) => {
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: QUIET_FLAGS })
  try {
    const context = await browser.newContext({ offline: true, serviceWorkers: 'block' })
    await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort('blockedbyclient')))
    const page = await context.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    const panels = (await page.evaluate(MEASURE_SCRIPT)) as Panels
    if (!pdf) return { panels }
    return { panels, pdf: new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })) }
  } finally {
    await browser.close()
  }
}
