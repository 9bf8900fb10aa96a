import { LAYOUT_INFO, leafletFit, layoutFor, sheetsFor, type Layout, type LeafletFit, type LayoutId, type Panels, type Paper, type Stream } from './layouts'
import { blocksHtml, escapeHtml } from './leafletHtmlBlocks'
import { FLOW_GAP_MM, flowSize, leafletCss } from './leafletHtmlCss'
import { fontFaceCss, fontFilesFor } from './leafletHtmlFonts'
import type { LeafletSource, PrintBlock } from './leafletHtmlSource'

export interface LeafletHtmlOptions {
  /** What a page loads for a font file under resources/fonts (a data: URL, an asset URL). */
  fontUrl: (file: string) => string
  /** The font files the text needs (leafletFontFiles), when the caller has worked them out already; found from the text otherwise. */
  fontFiles?: readonly string[]
  /** The layout to print; the leaflet's own by default. */
  layout?: LayoutId
  /** Paper for the layouts whose name does not say it (the bilingual ones). */
  paper?: Paper
  /** Panels each language needs, as measured; 1 each until measured. */
  panels?: Panels
}

export interface LeafletHtml {
  layout: Layout
  /** @font-face rules (kept apart: the in-app preview puts them in the page, not in its shadow root). */
  fontCss: string
  css: string
  /** The sheets, in one `.leaflet` element. */
  body: string
  /** A standalone document holding all of the above. */
  html: string
}

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'ckb', 'dv', 'sd', 'ug'])
const isRtl = (lang: string): boolean => RTL.has(lang.toLowerCase().split(/[-_]/)[0] ?? '')

/** The streams a layout prints. */
export const streamsOf = (layout: Layout): Stream[] => (LAYOUT_INFO[layout.id].bilingual ? ['a', 'b'] : ['a'])

const textOf = (blocks: readonly PrintBlock[]): string => blocks.map((b) => b.runs.map((r) => r.text).join('') + (b.credit ?? '')).join('')

/** Every character a layout prints (what picks the font files). */
const printedText = (source: LeafletSource, layout: Layout): string => streamsOf(layout).map((s) => textOf(source[s])).join('') + '— '

/** The font files (under resources/fonts) for every character a layout of the leaflet prints. */
export const leafletFontFiles = (source: LeafletSource, layout: Layout): string[] => fontFilesFor(printedText(source, layout))

/** Page count and warnings, naming the languages by their tags where the leaflet has them. */
export function fitOf(source: LeafletSource, layout: LayoutId, panels: Panels): LeafletFit {
  const name = (lang: string, fallback: string) => (lang ? `The ${lang} text` : fallback)
  return leafletFit(layout, panels, { a: name(source.langA, 'The text'), b: name(source.langB, 'The second language') })
}

/**
 * The one HTML generator behind the preview, the PDF and the HTML export. Each slot holds
 * the whole text of its language in a fixed-size multi-column box; panel k is that box
 * shifted left by k columns, so text that overflows one panel continues on the next sheet
 * exactly where the browser broke it.
 */
export function leafletHtml(source: LeafletSource, options: LeafletHtmlOptions): LeafletHtml {
  const layout = layoutFor(options.layout ?? source.layout, options.paper)
  const panels = options.panels ?? { a: 1, b: 1 }
  const flow = flowSize(layout)
  const content = { a: blocksHtml(source.a), b: blocksHtml(source.b) }
  const lang = { a: source.langA, b: source.langB }
  const slot = ({ stream, panel }: { stream: Stream; panel: number }): string => {
    if (panel > 0 && panel >= panels[stream]) return '<div class="slot"></div>'
    const shift = panel > 0 ? ` style="transform:translateX(-${Math.round(panel * (flow.w + FLOW_GAP_MM) * 100) / 100}mm)"` : ''
    const langAttr = lang[stream] ? ` lang="${escapeHtml(lang[stream])}"` : ''
    return `<div class="slot"><div class="window"><div class="flow${isRtl(lang[stream]) ? ' rtl' : ''}" data-stream="${stream}" data-panel="${panel}"${langAttr}${shift}>${content[stream]}</div></div></div>`
  }
  const sheetClass = layout.cutLine ? 'sheet cut' : layout.slots.length > 1 ? 'sheet divided' : 'sheet'
  const sheets = sheetsFor(layout, panels).map((slots) => `<section class="${sheetClass}">${slots.map(slot).join('')}</section>`)
  const body = `<div class="leaflet">${sheets.join('')}</div>`
  const fontCss = fontFaceCss(options.fontFiles ?? leafletFontFiles(source, layout), options.fontUrl)
  const css = leafletCss(layout)
  const html = `<!doctype html>
<html lang="${escapeHtml(source.langA || 'und')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(source.title || 'Leaflet')}</title>
<style>
${fontCss}
${css}
</style>
</head>
<body>
${body}
</body>
</html>
`
  return { layout, fontCss, css, body, html }
}
