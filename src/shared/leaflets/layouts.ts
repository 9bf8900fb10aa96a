import { LEAFLET_LAYOUTS, type LeafletLayout } from './leaflet'

/**
 * Print layouts of a leaflet. A layout cuts a sheet of paper into slots side by side; each
 * slot shows one panel (a page-sized window) of one language's text, the "stream". Text that
 * does not fit one panel flows on into further panels, which print on further sheets. Pure data,
 * shared by the HTML generator, the preview and the exports. Lengths are millimetres.
 */
export const LAYOUT_IDS = LEAFLET_LAYOUTS
export type LayoutId = LeafletLayout

export type Paper = 'letter' | 'a4'
export type Stream = 'a' | 'b'

const PAPER_MM: Record<Paper, { w: number; h: number }> = { letter: { w: 215.9, h: 279.4 }, a4: { w: 210, h: 297 } }

/** Regions that use US Letter paper; everyone else uses A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PR', 'DO', 'PA', 'SV', 'NI', 'HN', 'BZ'])
export const paperFor = (region: string | undefined): Paper => (LETTER_REGIONS.has((region ?? '').toUpperCase()) ? 'letter' : 'a4')

export interface Layout {
  id: LayoutId
  label: string
  /** What it is for, shown in the layout picker. */
  hint: string
  /** The sheet as printed, portrait or landscape. */
  sheet: { w: number; h: number }
  /** Which stream each slot of a sheet shows, left to right. */
  slots: Stream[]
  /** The empty border inside a slot. */
  margin: number
  /** 'half' slots set smaller type. */
  scale: 'full' | 'half'
  /** A dashed line down the middle where the sheet is cut (two copies per sheet). */
  cutLine: boolean
  /** Sheets print front and back: every stream starts on a sheet of its own. */
  backToBack: boolean
}

export interface LayoutInfo {
  id: LayoutId
  label: string
  hint: string
  bilingual: boolean
}

export const LAYOUT_INFO: Record<LayoutId, LayoutInfo> = {
  letter: { id: 'letter', label: 'Letter, full page', hint: 'One leaflet per US Letter sheet', bilingual: false },
  a4: { id: 'a4', label: 'A4, full page', hint: 'One leaflet per A4 sheet', bilingual: false },
  'half-letter': { id: 'half-letter', label: 'Half Letter, two per sheet', hint: 'Two copies side by side on a Letter sheet; cut along the dashed line', bilingual: false },
  'half-a4': { id: 'half-a4', label: 'A5, two per A4 sheet', hint: 'Two copies side by side on an A4 sheet; cut along the dashed line', bilingual: false },
  'bilingual-side': { id: 'bilingual-side', label: 'Bilingual, side by side', hint: 'Both languages on one side of the sheet, in two columns', bilingual: true },
  'bilingual-back': { id: 'bilingual-back', label: 'Bilingual, front and back', hint: 'One language on each side; print double-sided', bilingual: true },
}

export function isLayoutId(value: unknown): value is LayoutId {
  return typeof value === 'string' && (LAYOUT_IDS as readonly string[]).includes(value)
}

/** The geometry of a layout. Paper only matters where the id does not name it (the bilingual ones). */
export function layoutFor(id: LayoutId, paper: Paper = 'letter'): Layout {
  const info = LAYOUT_INFO[id]
  const base = { id, label: info.label, hint: info.hint, cutLine: false, backToBack: false }
  const portrait = (p: Paper) => ({ w: PAPER_MM[p].w, h: PAPER_MM[p].h })
  const landscape = (p: Paper) => ({ w: PAPER_MM[p].h, h: PAPER_MM[p].w })
  switch (id) {
    case 'letter':
    case 'a4':
      return { ...base, sheet: portrait(id), slots: ['a'], margin: 16, scale: 'full' }
    case 'half-letter':
    case 'half-a4':
      return { ...base, sheet: landscape(id === 'half-letter' ? 'letter' : 'a4'), slots: ['a', 'a'], margin: 11, scale: 'half', cutLine: true }
    case 'bilingual-side':
      return { ...base, sheet: landscape(paper), slots: ['a', 'b'], margin: 11, scale: 'half' }
    case 'bilingual-back':
      return { ...base, sheet: portrait(paper), slots: ['a'], margin: 16, scale: 'full', backToBack: true }
  }
}

export const slotWidth = (layout: Layout): number => layout.sheet.w / layout.slots.length

/** Panels each stream needs, as measured in a browser engine (0: the stream is not in the layout). */
export interface Panels {
  a: number
  b: number
}

export interface SlotContent {
  stream: Stream
  /** Which panel of the stream; one past the end leaves the slot blank. */
  panel: number
}

/** What each sheet shows, given how many panels each stream needs. */
export function sheetsFor(layout: Layout, panels: Panels): SlotContent[][] {
  if (layout.backToBack) {
    const streams: Stream[] = panels.b > 0 ? ['a', 'b'] : ['a']
    return streams.flatMap((stream) => Array.from({ length: Math.max(1, panels[stream]) }, (_, panel) => [{ stream, panel }]))
  }
  const count = Math.max(1, ...layout.slots.map((s) => panels[s]))
  return Array.from({ length: count }, (_, panel) => layout.slots.map((stream) => ({ stream, panel })))
}

export interface LeafletFit {
  /** Sheets the printout takes. */
  pages: number
  panels: Panels
  /** Whether some text does not fit the space the layout gives it (one panel per language). */
  overflows: boolean
  warnings: string[]
}

/** The space a layout gives each language, as "one …" and the unit for more of them. */
const SPACE: Record<LayoutId, [string, string]> = {
  letter: ['one Letter page', 'pages'],
  a4: ['one A4 page', 'pages'],
  'half-letter': ['one half page', 'half pages'],
  'half-a4': ['one half page', 'half pages'],
  'bilingual-side': ['one column', 'columns'],
  'bilingual-back': ['one side', 'sides'],
}

/** Page count and the warnings a user should see before printing. */
export function leafletFit(id: LayoutId, panels: Panels, names: { a: string; b: string } = { a: 'The text', b: 'The second language' }): LeafletFit {
  const bilingual = LAYOUT_INFO[id].bilingual
  const [space, unit] = SPACE[id]
  const warnings: string[] = []
  for (const stream of bilingual ? (['a', 'b'] as const) : (['a'] as const)) {
    const n = panels[stream]
    if (n > 1) warnings.push(`${names[stream]} needs ${n} ${unit} but the layout has ${space}: shorten it or pick a bigger layout.`)
  }
  if (panels.a === 0) warnings.push(`${names.a} is empty: there is nothing to print yet.`)
  if (bilingual && panels.b === 0) warnings.push(`${names.b} is empty: this layout prints the second language beside or behind the first.`)
  return {
    pages: sheetsFor(layoutFor(id), panels).length,
    panels,
    overflows: (bilingual ? Math.max(panels.a, panels.b) : panels.a) > 1,
    warnings,
  }
}

/** Whether a layout prints two languages (the leaflet then has a second body). */
export const isBilingual = (layout: LayoutId): boolean => LAYOUT_INFO[layout].bilingual
