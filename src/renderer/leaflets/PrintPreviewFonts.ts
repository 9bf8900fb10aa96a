/// <reference types="vite/client" />
/** Asset URLs of the bundled leaflet fonts, keyed as leafletHtmlFontFiles names them ("noto-sans/…woff2"). */
const assets = import.meta.glob<string>('../../../resources/fonts/**/*.woff2', { query: '?url', import: 'default', eager: true })

const byFile = new Map(Object.entries(assets).map(([path, url]) => [path.replace(/^.*resources\/fonts\//, ''), url]))

export const fontAssetUrl = (file: string): string => byFile.get(file) ?? ''

/**
 * @font-face rules only take effect in the page itself, never inside a shadow root, so the
 * preview keeps the leaflet's font faces in one style element of the page's head.
 */
export function addPageFontFaces(css: string): void {
  let style = document.getElementById('leaflet-font-faces') as HTMLStyleElement | null
  if (!style) {
    style = document.createElement('style')
    style.id = 'leaflet-font-faces'
    document.head.append(style)
  }
  // Faces only ever accumulate: a character typed and deleted again costs nothing to keep.
  const known = new Set(style.textContent!.split('\n'))
  const added = css.split('\n').filter((rule) => rule && !known.has(rule))
  if (added.length) style.textContent += (style.textContent ? '\n' : '') + added.join('\n')
}
