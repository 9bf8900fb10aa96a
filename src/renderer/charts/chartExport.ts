import type { ChartTheme } from './chartTheme'

export interface LegendEntry {
  label: string
  color: string
}

const SVG_NS = 'http://www.w3.org/2000/svg'
const LEGEND_ROW = 18

/**
 * A standalone copy of a chart's SVG: the theme's text colour in place of currentColor, its
 * background painted in, and the legend (drawn in HTML on the page) drawn below the plot.
 */
export function standaloneSvg(svg: SVGSVGElement, theme: ChartTheme, title: string, legend: LegendEntry[]): string {
  const copy = svg.cloneNode(true) as SVGSVGElement
  const width = Number(svg.getAttribute('width')) || svg.clientWidth
  const height = Number(svg.getAttribute('height')) || svg.clientHeight
  const total = height + (legend.length ? 8 + LEGEND_ROW * legend.length : 0)
  copy.setAttribute('xmlns', SVG_NS)
  copy.setAttribute('width', String(width))
  copy.setAttribute('height', String(total))
  copy.setAttribute('viewBox', `0 0 ${width} ${total}`)
  copy.style.color = theme.text
  copy.style.background = theme.background
  const titleEl = document.createElementNS(SVG_NS, 'title')
  titleEl.textContent = title
  const background = rect(0, 0, width, total, theme.background)
  copy.prepend(titleEl, background)
  legend.forEach((entry, i) => {
    const y = height + 8 + i * LEGEND_ROW
    copy.append(rect(12, y, 12, 12, entry.color))
    const text = document.createElementNS(SVG_NS, 'text')
    text.setAttribute('x', '30')
    text.setAttribute('y', String(y + 10))
    text.setAttribute('fill', theme.text)
    text.setAttribute('font-family', 'system-ui, sans-serif')
    text.setAttribute('font-size', '12')
    text.textContent = entry.label
    copy.append(text)
  })
  return new XMLSerializer().serializeToString(copy)
}

function rect(x: number, y: number, width: number, height: number, fill: string): SVGRectElement {
  const el = document.createElementNS(SVG_NS, 'rect')
  for (const [name, value] of Object.entries({ x, y, width, height })) el.setAttribute(name, String(value))
  el.setAttribute('fill', fill)
  return el
}

/** Rasterizes a standalone SVG at `scale` times its size (2 keeps text sharp in print). */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.ceil(image.naturalWidth * scale)
    canvas.height = Math.ceil(image.naturalHeight * scale)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('This window cannot draw images (no 2D canvas)')
    context.scale(scale, scale)
    context.drawImage(image, 0, 0)
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The chart could not be turned into a PNG'))), 'image/png'))
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** Hands a file to the browser's download (Electron asks where to save it). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
