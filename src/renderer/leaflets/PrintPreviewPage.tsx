import { ArrowLeft, FileDown } from 'lucide-react'
import { useState } from 'react'
import type { ViewProps } from '../app/views'
import { LAYOUT_IDS, LAYOUT_INFO, isLayoutId, type LayoutId } from '../../shared/leaflets/layouts'
import type { LeafletExportFormat } from '../../shared/leafletExportContract'
import { PageHeader } from '../views/PageHeader'
import { PrintPreview } from './PrintPreview'
import { useLeafletHandle } from './useLeaflets'
import { useDoc } from '../contacts/useDoc'
import { str } from '../../shared/notebook/scalar'

const FORMATS: { format: LeafletExportFormat; label: string }[] = [
  { format: 'pdf', label: 'PDF for print' },
  { format: 'html', label: 'HTML' },
  { format: 'md', label: 'Markdown' },
]

/** `#leaflets/<id>/print`: the print preview with a layout picker and the exports. */
export function PrintPreviewPage({ session, leafletId, go }: { session: ViewProps['session']; leafletId: string; go: ViewProps['go'] }) {
  const doc = useDoc(useLeafletHandle(session, leafletId) ?? undefined)
  const stored = str(doc?.layout)
  const [picked, setPicked] = useState<LayoutId | null>(null)
  const layout = picked ?? (isLayoutId(stored) ? stored : 'letter')
  const [status, setStatus] = useState<{ text: string; warn: boolean } | null>(null)

  async function exportAs(format: LeafletExportFormat) {
    setStatus({ text: 'Exporting…', warn: false })
    try {
      const result = await session.bridge.exportLeaflet({ notebookId: session.id, leafletId, format, layout })
      if (!result.path) return setStatus(null)
      const pages = result.pages ? ` (${LAYOUT_INFO[layout].label}, ${result.pages} ${result.pages === 1 ? 'page' : 'pages'})` : ''
      setStatus({ text: `Saved ${result.path}${pages}`, warn: result.warnings.length > 0 })
    } catch (error) {
      setStatus({ text: `Export failed: ${(error as Error).message}`, warn: true })
    }
  }

  return (
    <div className="print-preview-page">
      <PageHeader title={`Print: ${str(doc?.title) || 'leaflet'}`}>
        <button className="btn subtle" onClick={() => go('leaflets', leafletId)}>
          <ArrowLeft size={16} /> Back to the leaflet
        </button>
        <label className="print-preview-layout">
          Layout{' '}
          <select value={layout} onChange={(e) => setPicked(e.target.value as LayoutId)}>
            {LAYOUT_IDS.map((id) => (
              <option key={id} value={id}>
                {LAYOUT_INFO[id].label}
              </option>
            ))}
          </select>
        </label>
        {FORMATS.map(({ format, label }) => (
          <button key={format} className={format === 'pdf' ? 'btn primary' : 'btn'} onClick={() => void exportAs(format)}>
            <FileDown size={16} /> {label}
          </button>
        ))}
      </PageHeader>
      {status && (
        <p className={status.warn ? 'print-preview-status warn' : 'print-preview-status'} role="status" data-testid="print-export-status">
          {status.text}
        </p>
      )}
      <PrintPreview session={session} leafletId={leafletId} layout={layout} />
    </div>
  )
}
