import type { PlotOptions } from '@observablehq/plot'
import { Download } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { download, standaloneSvg, svgToPng, type LegendEntry } from './chartExport'
import { readChartTheme, type ChartTheme } from './chartTheme'
import { useThemeVersion } from './useThemeVersion'
import '../styles/charts.css'

export type PlotModule = typeof import('@observablehq/plot')

/** The chart library is loaded on the first chart shown, not with the view that holds it. */
let plotModule: Promise<PlotModule> | null = null
const loadPlot = () => (plotModule ??= import('@observablehq/plot'))

export interface ChartTable {
  columns: string[]
  rows: (string | number)[][]
}

export interface ChartProps {
  /** The caption: what the chart shows. */
  title: string
  /** One or two sentences a screen reader gives for the picture (the table below holds every figure). */
  summary: string
  /**
   * Builds the Plot options for the given width and theme colours. Marks should leave their
   * colours to currentColor or take them from `theme.series`, so dark mode holds.
   */
  spec: (Plot: PlotModule, context: { width: number; theme: ChartTheme }) => PlotOptions
  // Keep `spec` stable (module-level or useCallback): a new function redraws the chart.
  /** The same figures as a table: the text alternative, and what a screen reader reads. */
  table: ChartTable
  /** Names of the series and which of `theme.series` each is drawn in. */
  legend?: { label: string; series: number }[]
  /** Base name of exported files (no extension). */
  fileName: string
  height?: number
  /** Said instead of drawing empty axes when there is nothing to show yet (export is off until there is). */
  empty?: string
}

/**
 * The app's one chart component: an Observable Plot figure with a caption, a visually-hidden
 * data table for screen readers, dark mode through CSS variables, and SVG/PNG export.
 */
export function Chart({ title, summary, spec, table, legend = [], fileName, height = 220, empty }: ChartProps) {
  const host = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const themeVersion = useThemeVersion()

  useEffect(() => {
    const el = host.current
    if (!el) return
    setWidth(el.clientWidth || 640)
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.floor(entry.contentRect.width)))
    observer.observe(el)
    return () => observer.disconnect()
  }, [])

  useEffect(() => {
    const el = host.current
    if (!el || width === 0) return
    if (empty) {
      el.replaceChildren()
      return
    }
    let live = true
    loadPlot()
      .then((Plot) => {
        if (!live) return
        const theme = readChartTheme()
        const figure = Plot.plot({ height, ...spec(Plot, { width, theme }), width, ariaLabel: title, ariaDescription: summary, style: { background: 'transparent', color: 'currentColor', fontSize: '11px' } })
        el.replaceChildren(figure)
        setError(null)
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)))
    return () => {
      live = false
    }
  }, [spec, width, height, title, summary, themeVersion, empty])

  const legendEntries = (theme: ChartTheme): LegendEntry[] => legend.map((entry) => ({ label: entry.label, color: theme.series[entry.series % theme.series.length] ?? theme.text }))
  const exportAs = async (format: 'svg' | 'png') => {
    const svg = host.current?.querySelector('svg')
    if (!svg) return
    const text = standaloneSvg(svg, readChartTheme(), title, legendEntries(readChartTheme()))
    const blob = format === 'svg' ? new Blob([text], { type: 'image/svg+xml' }) : await svgToPng(text)
    download(blob, `${fileName}.${format}`)
  }

  return (
    <figure className="chart" data-testid="chart">
      <figcaption className="chart-head">
        <span className="chart-title">{title}</span>
        <span className="chart-actions">
          <button type="button" className="btn small" disabled={Boolean(empty)} onClick={() => void exportAs('svg')} aria-label={`Export “${title}” as SVG`}>
            <Download size={12} aria-hidden /> SVG
          </button>
          <button type="button" className="btn small" disabled={Boolean(empty)} onClick={() => void exportAs('png')} aria-label={`Export “${title}” as PNG`}>
            <Download size={12} aria-hidden /> PNG
          </button>
        </span>
      </figcaption>
      {legend.length > 0 && !empty && (
        <ul className="chart-legend" aria-hidden>
          {legend.map((entry) => (
            <li key={entry.label}>
              <span className="swatch" style={{ background: `var(--chart-${(entry.series % 6) + 1})` }} />
              {entry.label}
            </li>
          ))}
        </ul>
      )}
      {empty && (
        <p className="chart-empty" data-testid="chart-empty">
          {empty}
        </p>
      )}
      <div ref={host} className="chart-plot" style={{ minHeight: empty ? 0 : height }} />
      {error && <p className="chart-error">The chart could not be drawn: {error}</p>}
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
