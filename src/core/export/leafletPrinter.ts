import type { Panels } from '../../shared/leaflets/layouts'

/** What a browser engine makes of a leaflet page: the panels MEASURE_SCRIPT counted and, when asked, the PDF. */
export interface PrintedPage {
  panels: Panels
  pdf?: Uint8Array
}

/**
 * Lays a standalone leaflet page out in a browser engine (Chromium's own layout and printing),
 * measures it with MEASURE_SCRIPT and, with `pdf`, prints it at its CSS page size with
 * backgrounds. The engine must load nothing from the network. The CLI and the loopback host
 * use Chromium through playwright-core (leafletChromium.ts); the Electron shell passes one
 * built on webContents.printToPDF.
 */
export type PrintToPdf = (html: string, options: { pdf: boolean }) => Promise<PrintedPage>
