import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BrowserWindow, session } from 'electron'
import type { PrintToPdf } from '../core/export/leafletPrinter'
import { MEASURE_SCRIPT } from '../shared/leaflets/leafletHtmlMeasure'
import { secureWebPreferences } from './windowOptions'

/** The pages being printed now: the print session serves only these files (and data: URLs). */
const printing = new Set<string>()
let printSession: Electron.Session | undefined

/** One private session for printing, whose single request filter serves every print under way. */
function printSessionOnce(): Electron.Session {
  if (!printSession) {
    printSession = session.fromPartition('massline-leaflet-print')
    printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !(printing.has(details.url) || details.url.startsWith('data:')) }))
  }
  return printSession
}

/**
 * Leaflets printed by Electron's own Chromium: the page (fonts inside as data: URLs) is
 * written to a temporary file and loaded in a hidden offscreen window whose private session
 * refuses every request but the files being printed and data: URLs. Prints may overlap (an
 * export measures and then prints), so the filter is registered once, over all of them.
 */
export const electronPrintToPdf: PrintToPdf = async (html, { pdf }) => {
  const dir = await mkdtemp(join(tmpdir(), 'massline-print-'))
  const file = join(dir, 'leaflet.html')
  const pageUrl = pathToFileURL(file).href
  // Electronegativity cannot follow the spread into secureWebPreferences, which sets contextIsolation,
  // sandbox and Auxclick (asserted by windowOptions.test.ts).
  const window = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    show: false,
    width: 1280,
    height: 1024,
    webPreferences: { ...secureWebPreferences(), offscreen: true, session: printSessionOnce() },
  })
  printing.add(pageUrl)
  try {
    await writeFile(file, html)
    await window.loadFile(file)
    const panels = (await window.webContents.executeJavaScript(MEASURE_SCRIPT)) as { a: number; b: number }
    if (!pdf) return { panels }
    return { panels, pdf: new Uint8Array(await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true })) }
  } finally {
    printing.delete(pageUrl)
    window.destroy()
    await rm(dir, { recursive: true, force: true })
  }
}
