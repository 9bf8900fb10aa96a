import { z } from 'zod'
import { LEAFLET_LAYOUTS } from '../leaflets/leaflet'
import type { LeafletExportApi } from '../leafletExportContract'

const id = z.string().min(1).max(200)

/** Argument schemas of the bridge's leaflet export section. */
export const LEAFLET_EXPORT_ARGS: { [M in keyof LeafletExportApi]: z.ZodType<Parameters<LeafletExportApi[M]>[0]> } = {
  exportLeaflet: z.object({ notebookId: id, leafletId: id, format: z.enum(['pdf', 'html', 'md']), layout: z.enum(LEAFLET_LAYOUTS).optional() }).strict(),
}
