import { slotWidth, type Layout } from './layouts'
import { LEAFLET_FONT_STACK } from './leafletHtmlFonts'

/** Space between the columns a long text flows into (only ever seen when it overflows). */
export const FLOW_GAP_MM = 10

/** The text area of one slot. */
export function flowSize(layout: Layout): { w: number; h: number } {
  return { w: slotWidth(layout) - 2 * layout.margin, h: layout.sheet.h - 2 * layout.margin }
}

const TYPE = {
  full: { body: 12, h1: 34, h2: 18, h3: 14, quote: 15 },
  half: { body: 11, h1: 25, h2: 14.5, h3: 12.5, quote: 12.5 },
}

const mm = (n: number): string => `${Math.round(n * 100) / 100}mm`

/**
 * The leaflet's style sheet: exact sheets for print (@page with no margin; the margins are
 * inside the slots), paper on a grey desk on screen, and type that reads like a leaflet: a
 * heavy headline, 11–12pt body, quotes pulled out with their credit, demands in a black box.
 */
export function leafletCss(layout: Layout): string {
  const flow = flowSize(layout)
  const t = TYPE[layout.scale]
  return `
@page { size: ${mm(layout.sheet.w)} ${mm(layout.sheet.h)}; margin: 0; }
html, body { margin: 0; padding: 0; }
.leaflet { --accent: #c8102e; color: #111; font-family: ${LEAFLET_FONT_STACK}; font-size: ${t.body}pt; line-height: 1.38;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; text-rendering: optimizeLegibility; font-kerning: normal; }
.sheet { position: relative; display: flex; width: ${mm(layout.sheet.w)}; height: ${mm(layout.sheet.h)}; overflow: hidden; background: #fff; break-after: page; }
.sheet:last-child { break-after: auto; }
.sheet.cut::after { content: ''; position: absolute; top: 0; bottom: 0; left: 50%; border-left: 0.35mm dashed #8a8a8a; }
.sheet.divided::after { content: ''; position: absolute; top: ${mm(layout.margin)}; bottom: ${mm(layout.margin)}; left: 50%; border-left: 0.3mm solid #bbb; }
.slot { flex: none; width: ${mm(slotWidth(layout))}; height: 100%; padding: ${mm(layout.margin)}; box-sizing: border-box; overflow: hidden; }
/* The window clips the flow to one panel; the slot's padding must not show the columns beside it. */
.window { width: ${mm(flow.w)}; height: ${mm(flow.h)}; overflow: hidden; }
.flow { width: ${mm(flow.w)}; height: ${mm(flow.h)}; column-width: ${mm(flow.w)}; column-gap: ${mm(FLOW_GAP_MM)}; column-fill: auto; direction: ltr; }
.flow.rtl > * { direction: rtl; }
.flow > :first-child { margin-top: 0; }
h1, h2, h3 { break-after: avoid; margin: 0; }
h1 { font-size: ${t.h1}pt; font-weight: 900; line-height: 1.04; letter-spacing: -0.012em; margin-bottom: 0.42em; }
h1::after { content: ''; display: block; width: 24mm; height: 1.5mm; margin-top: 0.2em; background: var(--accent); }
h2 { font-size: ${t.h2}pt; font-weight: 800; line-height: 1.15; color: var(--accent); margin: 0.75em 0 0.3em; }
h3 { font-size: ${t.h3}pt; font-weight: 800; line-height: 1.2; margin: 0.7em 0 0.25em; }
p { margin: 0 0 0.6em; orphans: 2; widows: 2; hyphens: auto; }
strong { font-weight: 800; }
mark { background: #ffe066; color: inherit; padding: 0 0.08em; }
a { color: inherit; }
code { font-family: monospace; font-size: 0.92em; }
ul, ol { margin: 0 0 0.6em; padding-inline-start: 1.35em; }
li { margin: 0.18em 0; }
li::marker { color: var(--accent); font-weight: 800; }
ul.checks { list-style: none; padding-inline-start: 0.2em; }
.box { display: inline-block; width: 0.78em; height: 0.78em; border: 0.12em solid currentColor; margin-inline-end: 0.45em; vertical-align: -0.08em; box-sizing: border-box; }
.box.done { background: currentColor; }
hr { border: 0; border-top: 0.5mm solid #111; margin: 0.9em 0; }
figure.pull { margin: 0.75em 0 0.9em; padding: 0.1em 0; padding-inline-start: 0.85em; border-inline-start: 1.6mm solid var(--accent); break-inside: avoid; }
figure.pull blockquote { margin: 0; font-size: ${t.quote}pt; font-weight: 600; font-style: italic; line-height: 1.3; }
figure.pull figcaption { margin-top: 0.4em; font-size: 0.8em; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; color: #444; }
blockquote.demand { margin: 0.8em 0; padding: 0.5em 0.75em; background: #111; color: #fff; font-size: 1.14em; font-weight: 800; line-height: 1.25; text-align: center; break-inside: avoid; }
blockquote.demand mark { background: var(--accent); color: #fff; }
@media screen {
  body { background: #d9d9d6; }
  .leaflet { padding: 8mm 0; }
  .sheet { margin: 0 auto 8mm; box-shadow: 0 1px 3px rgba(0, 0, 0, 0.3), 0 6px 18px rgba(0, 0, 0, 0.12); }
}
`
}
