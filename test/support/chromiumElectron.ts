import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { chromiumPath } from './requireChromium'

/**
 * Test support: Electron's BrowserWindow and session, as far as leaflet printing uses them,
 * backed by a real Chromium (playwright-core) so the print glue runs where no Electron binary
 * exists. Every request of a window's page goes through its session's onBeforeRequest filter,
 * and, as in Electron, registering a filter replaces the one before.
 */
type Filter = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void

interface FakeSession {
  filter?: Filter
  webRequest: { onBeforeRequest(filter: Filter): void }
}

export const seen: { requests: { url: string; cancelled: boolean }[]; windows: BrowserWindow[] } = { requests: [], windows: [] }

const partitions = new Map<string, FakeSession>()
export const session = {
  fromPartition(name: string): FakeSession {
    let found = partitions.get(name)
    if (!found) {
      const made: FakeSession = { webRequest: { onBeforeRequest: (filter) => void (made.filter = filter) } }
      partitions.set(name, (found = made))
    }
    return found
  },
}

let browser: Promise<Browser> | undefined
export const closeBrowser = async () => (browser ? (await browser).close() : undefined)

export class BrowserWindow {
  destroyed = false
  readonly #page: Promise<Page>
  readonly webContents = {
    executeJavaScript: async (code: string): Promise<unknown> => (await this.#page).evaluate(code),
    printToPDF: async (options: { preferCSSPageSize: boolean; printBackground: boolean }): Promise<Buffer> => (await this.#page).pdf(options),
  }

  constructor(readonly options: { webPreferences: { session: FakeSession } }) {
    seen.windows.push(this)
    browser ??= chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] })
    this.#page = browser.then(async (b) => {
      const context = await b.newContext()
      await context.route('**/*', (route) => {
        const url = route.request().url()
        const filter = options.webPreferences.session.filter
        if (!filter) return route.continue()
        filter({ url }, ({ cancel }) => {
          seen.requests.push({ url, cancelled: cancel })
          void (cancel ? route.abort('blockedbyclient') : route.continue())
        })
      })
      return context.newPage()
    })
  }

  async loadFile(path: string): Promise<void> {
    const response = await (await this.#page).goto(pathToFileURL(path).href)
    if (response && !response.ok()) throw new Error(`ERR_BLOCKED_BY_CLIENT loading ${path}`)
  }

  destroy(): void {
    this.destroyed = true
    void this.#page.then((page) => page.context().close())
  }
}
