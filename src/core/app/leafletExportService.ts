import type { LeafletExportApi } from '../../shared/leafletExportContract'
import { exportLeaflet, loadLeafletSource } from '../export/leafletExport'
import type { PrintToPdf } from '../export/leafletPrinter'
import { fileNameFor } from '../fs/fileNameFor'
import { writeFileAtomic } from '../fs/writeFileAtomic'
import type { Notebook } from '../notebook/Notebook'

export interface LeafletExportServiceOptions {
  notebook: (notebookId: string) => Promise<Notebook>
  chooseExportPath: (defaultName: string) => Promise<string | null>
  printToPdf: PrintToPdf
}

/** The bridge's leaflet export section: asks where to save, then renders and writes. */
export function createLeafletExportApi({ notebook, chooseExportPath, printToPdf }: LeafletExportServiceOptions): LeafletExportApi {
  return {
    async exportLeaflet({ notebookId, leafletId, format, layout }) {
      const nb = await notebook(notebookId)
      // An unknown leaflet fails before the user is asked where to save it.
      const source = await loadLeafletSource(nb, leafletId)
      const path = await chooseExportPath(fileNameFor(source.title || 'Leaflet', `.${format}`))
      if (!path) return { path: null, pages: null, warnings: [] }
      const { data, fit } = await exportLeaflet(nb, source, { format, print: printToPdf, ...(layout ? { layout } : {}) })
      await writeFileAtomic(path, data)
      return { path, pages: fit?.pages ?? null, warnings: fit?.warnings ?? [] }
    },
  }
}
