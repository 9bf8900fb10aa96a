import { z } from 'zod'
import { LEAFLET_LAYOUTS } from '../leaflets/leaflet'
import { LEAFLET_EXPORT_FORMATS, type LeafletExportApi } from '../leafletExportContract'

const id = z.string().min(1).max(200)

/** Argument schemas of the bridge's leaflet export section. */
export const LEAFLET_EXPORT_ARGS: { [M in keyof LeafletExportApi]: z.ZodType<Parameters<LeafletExportApi[M]>[0]> } = {
  exportLeaflet: z.object({ notebookId: id, leafletId: id, format: z.enum(LEAFLET_EXPORT_FORMATS), layout: z.enum(LEAFLET_LAYOUTS).optional() }).strict(),
}
