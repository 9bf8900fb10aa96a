import { FONT_FILES } from './leafletHtmlFontFiles'

/** Font stack of every leaflet: Latin, Greek, Cyrillic and Vietnamese, then Arabic, then Chinese. */
export const LEAFLET_FONT_STACK = "'Leaflet Noto Sans', 'Leaflet Noto Sans Arabic', 'Leaflet Noto Sans SC', sans-serif"

type Range = [number, number]

const parsed = FONT_FILES.map(([family, style, file, range]) => ({
  family,
  style,
  file,
  range,
  spans: range.split(',').map((part): Range => {
    const [lo, hi = lo] = part.split('-').map((hex) => parseInt(hex!, 16)) as [number, number?]
    return [lo, hi]
  }),
}))

/** Whether some of the sorted points falls in [lo, hi]: the first point >= lo, found by bisection, is <= hi. */
function covers(points: readonly number[], [lo, hi]: Range): boolean {
  let low = 0
  let high = points.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (points[mid]! < lo) low = mid + 1
    else high = mid
  }
  return low < points.length && points[low]! <= hi
}

/**
 * The font files whose chunk covers a character of `text` (each file once). A family is only
 * asked for what the families before it in the stack lack (the CJK chunks also hold Latin).
 */
export function fontFilesFor(text: string): string[] {
  let points = [...new Set(Array.from(text, (ch) => ch.codePointAt(0)!))].sort((x, y) => x - y)
  const files: string[] = []
  for (const family of [...new Set(parsed.map((f) => f.family))]) {
    const faces = parsed.filter((f) => f.family === family)
    files.push(...faces.filter((f) => f.spans.some((span) => covers(points, span))).map((f) => f.file))
    points = points.filter((p) => !faces.some((f) => f.spans.some(([lo, hi]) => p >= lo && p <= hi)))
  }
  return files
}

/**
 * @font-face rules for the chunks in `files` (from fontFilesFor). `urlFor` turns a file under
 * resources/fonts into what the page loads: a data: URL in a standalone file, an asset URL in the app.
 */
export function fontFaceCss(files: readonly string[], urlFor: (file: string) => string): string {
  const wanted = new Set(files)
  return parsed
    .filter((f) => wanted.has(f.file))
    .map(
      (f) =>
        `@font-face{font-family:'${f.family}';font-style:${f.style};font-weight:100 900;font-display:block;` +
        `src:url(${urlFor(f.file)}) format('woff2');unicode-range:${f.range.replace(/(^|,)/g, '$1U+')}}`,
    )
    .join('\n')
}
