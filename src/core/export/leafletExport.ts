import type { AutomergeUrl } from '@automerge/automerge-repo'
import type { LeafletExportFormat } from '../../shared/leafletExportContract'
import { str } from '../../shared/notebook/scalar'
import { layoutFor, paperFor, type LayoutId, type LeafletFit } from '../../shared/leaflets/layouts'
import { fitOf, leafletFontFiles, leafletHtml } from '../../shared/leaflets/leafletHtml'
import { readLeafletSource, type LeafletSource } from '../../shared/leaflets/leafletHtmlSource'
import { leafletMarkdown } from '../../shared/leaflets/leafletMarkdown'
import type { Notebook } from '../notebook/Notebook'
import { fontDataUrls } from './leafletFonts'
import type { PrintToPdf } from './leafletPrinter'


export interface LeafletExport {
  data: Uint8Array | string
  /** Page count and warnings (null for Markdown, which has no pages). */
  fit: LeafletFit | null
}

/** A leaflet of the notebook, read for print; a clear error for an id the notebook does not have. */
export async function loadLeafletSource(notebook: Notebook, leafletId: string): Promise<LeafletSource> {
  const url = str(notebook.root.doc().leaflets?.[leafletId])
  if (!url) throw new Error(`This notebook has no leaflet with the id “${leafletId}”`)
  const handle = await notebook.repo.find<Record<string, unknown>>(url as AutomergeUrl)
  return readLeafletSource(handle.doc())
}

/**
 * A leaflet (read with loadLeafletSource) as a print-ready PDF, a standalone HTML page (fonts inside) or Markdown. PDF and
 * HTML are laid out twice when needed: once to measure how many panels the text takes, then
 * with those panels, so an overflowing half page continues on a second sheet instead of being cut.
 */
export async function exportLeaflet(
  notebook: Notebook,
  source: LeafletSource,
  options: { format: LeafletExportFormat; layout?: LayoutId; print: PrintToPdf },
): Promise<LeafletExport> {
  if (options.format === 'md') return { data: leafletMarkdown(source), fit: null }
  const layout = options.layout ?? source.layout
  const paper = paperFor(notebook.root.doc().settings?.defaultRegion)
  // The font files are worked out once and serve both the data URLs and both layouts below.
  const fontFiles = leafletFontFiles(source, layoutFor(layout, paper))
  const fonts = await fontDataUrls(fontFiles)
  const render = (panels?: { a: number; b: number }) => leafletHtml(source, { fontUrl: (file) => fonts.get(file)!, fontFiles, layout, paper, ...(panels ? { panels } : {}) }).html
  const first = render()
  const pdf = options.format === 'pdf'
  const measured = await options.print(first, { pdf })
  const fitted = render(measured.panels)
  const fit = fitOf(source, layout, measured.panels)
  if (!pdf) return { data: fitted, fit }
  const bytes = fitted === first ? measured.pdf : (await options.print(fitted, { pdf: true })).pdf
  if (!bytes) throw new Error('The print engine returned no PDF')
  return { data: bytes, fit }
}
