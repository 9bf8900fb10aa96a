import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { LAYOUT_INFO, paperFor, type LayoutId, type Panels } from '../../shared/leaflets/layouts'
import { fitOf, leafletHtml } from '../../shared/leaflets/leafletHtml'
import { measurePanels } from '../../shared/leaflets/leafletHtmlMeasure'
import { readLeafletSource } from '../../shared/leaflets/leafletHtmlSource'
import { useDoc } from '../contacts/useDoc'
import { useRoot } from '../session/useRoot'
import type { NotebookSession } from '../session/NotebookSession'
import { addPageFontFaces, fontAssetUrl } from './PrintPreviewFonts'
import { useLeafletHandle } from './useLeaflets'
import '../styles/print.css'

export interface PrintPreviewProps {
  session: NotebookSession
  leafletId: string
  /** The layout to show; the leaflet's own when left out. */
  layout?: LayoutId
}

const MM_PER_PX = 25.4 / 96

/**
 * The leaflet as it will print: the same HTML as the PDF, laid out by this window's own
 * Chromium in a shadow root (so the app's styles and the leaflet's never mix), measured
 * there, and shown sheet by sheet, scaled to the width available. Live as the text changes.
 */
export function PrintPreview({ session, leafletId, layout }: PrintPreviewProps) {
  const handle = useLeafletHandle(session, leafletId)
  const doc = useDoc(handle ?? undefined)
  const { root } = useRoot(session)
  const [panels, setPanels] = useState<Panels>({ a: 1, b: 1 })
  const host = useRef<HTMLDivElement>(null)
  const frame = useRef<HTMLDivElement>(null)
  const [zoom, setZoom] = useState(1)

  const source = useMemo(() => (doc ? readLeafletSource(doc as never) : null), [doc])
  const layoutId = layout ?? source?.layout ?? 'letter'
  const page = useMemo(
    () => (source ? leafletHtml(source, { fontUrl: fontAssetUrl, layout: layoutId, paper: paperFor(root?.settings?.defaultRegion), panels }) : null),
    [source, layoutId, root?.settings?.defaultRegion, panels],
  )
  useLayoutEffect(() => {
    const el = host.current
    if (!el || !page) return
    addPageFontFaces(page.fontCss)
    const shadow = el.shadowRoot ?? el.attachShadow({ mode: 'open' })
    shadow.innerHTML = `<style>${page.css}</style>${page.body}`
    let live = true
    const measure = () =>
      void measurePanels(shadow).then((measured) => {
        if (live && (measured.a !== panels.a || measured.b !== panels.b)) setPanels(measured)
      })
    measure()
    // A font that arrives after the first measure changes how much text fits.
    document.fonts.addEventListener('loadingdone', measure)
    return () => {
      live = false
      document.fonts.removeEventListener('loadingdone', measure)
    }
  }, [page]) // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    const el = frame.current
    if (!el || !page) return
    const sheetPx = page.layout.sheet.w / MM_PER_PX
    const fit = () => setZoom(Math.min(1, (el.clientWidth - 32) / sheetPx))
    const observer = new ResizeObserver(fit)
    observer.observe(el)
    fit()
    return () => observer.disconnect()
  }, [page])

  if (handle === null) return <p className="print-preview-missing">This leaflet is not in the notebook.</p>
  if (!source || !page) return <p className="print-preview-missing muted">Loading the leaflet…</p>
  const fit = fitOf(source, layoutId, panels)
  return (
    <section className="print-preview" aria-label="Print preview">
      <div className="print-preview-bar">
        <strong data-testid="print-pages">
          {fit.pages} {fit.pages === 1 ? 'page' : 'pages'}
        </strong>
        <span className="muted">{LAYOUT_INFO[layoutId].hint}</span>
      </div>
      {fit.warnings.length > 0 && (
        <ul className="print-preview-warnings" role="alert" aria-label="Print warnings">
          {fit.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <div className="print-preview-desk" ref={frame}>
        <div className="print-preview-sheets" ref={host} data-testid="print-sheets" style={{ zoom }} />
      </div>
    </section>
  )
}
