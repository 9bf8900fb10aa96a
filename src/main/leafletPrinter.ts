import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BrowserWindow, session } from 'electron'
import type { PrintToPdf } from '../core/export/leafletPrinter'
import { MEASURE_SCRIPT } from '../shared/leaflets/leafletHtmlMeasure'

/**
 * Leaflets printed by Electron's own Chromium: the page (fonts inside as data: URLs) is
 * written to a temporary file and loaded in a hidden offscreen window whose private session
 * refuses every request but that file and data: URLs.
 */
export const electronPrintToPdf: PrintToPdf = async (html, { pdf }) => {
  const dir = await mkdtemp(join(tmpdir(), 'massline-print-'))
  const file = join(dir, 'leaflet.html')
  const pageUrl = pathToFileURL(file).href
  const printSession = session.fromPartition('massline-leaflet-print')
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !(details.url === pageUrl || details.url.startsWith('data:')) }))
  const window = new BrowserWindow({
    show: false,
    width: 1280,
    height: 1024,
    webPreferences: {
      offscreen: true,
      session: printSession,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      javascript: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
    },
  })
  try {
    await writeFile(file, html)
    await window.loadFile(file)
    const panels = (await window.webContents.executeJavaScript(MEASURE_SCRIPT)) as { a: number; b: number }
    if (!pdf) return { panels }
    return { panels, pdf: new Uint8Array(await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true })) }
  } finally {
    window.destroy()
    await rm(dir, { recursive: true, force: true })
  }
}
