import type { LeafletLayout } from './leaflets/leaflet'

export const LEAFLET_EXPORT_FORMATS = ['pdf', 'html', 'md'] as const
export type LeafletExportFormat = (typeof LEAFLET_EXPORT_FORMATS)[number]

export interface LeafletExportResult {
  /** Where the file was written, or null when the user cancelled. */
  path: string | null
  /** Sheets the printout takes (null for Markdown or a cancelled export). */
  pages: number | null
  /** What does not fit the layout, in words for the user. */
  warnings: string[]
}

/** The leaflet export section of the bridge: the core renders and writes, the renderer asks. */
export interface LeafletExportApi {
  /** Exports a leaflet as a print-ready PDF, standalone HTML or Markdown, in its own layout or the one given. */
  exportLeaflet(args: { notebookId: string; leafletId: string; format: LeafletExportFormat; layout?: LeafletLayout }): Promise<LeafletExportResult>
}

export const LEAFLET_EXPORT_METHODS: (keyof LeafletExportApi)[] = ['exportLeaflet']
