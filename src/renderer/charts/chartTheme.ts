/** The colours a chart draws with, read from the page's CSS variables so light and dark both hold. */
export interface ChartTheme {
  text: string
  muted: string
  background: string
  /** Series colours, in order (--chart-1…--chart-6). */
  series: string[]
}

const SERIES = 6

export function readChartTheme(root: Element = document.documentElement): ChartTheme {
  const style = getComputedStyle(root)
  const value = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback
  return {
    text: value('--text', '#1f1d1a'),
    muted: value('--muted', '#6b665e'),
    background: value('--panel', '#ffffff'),
    series: Array.from({ length: SERIES }, (_, i) => value(`--chart-${i + 1}`, '#888888')),
  }
}
