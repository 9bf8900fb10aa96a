import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * resources/fonts, found by walking up from this module: it runs from src/ (tests), from
 * out/node/ (the CLI bundle) and from out/main/ (Electron). MASSLINE_FONTS overrides.
 */
export function fontsDir(): string {
  const override = process.env['MASSLINE_FONTS']
  if (override) return resolve(override)
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = join(dir, 'resources', 'fonts')
    if (existsSync(join(candidate, 'noto-sans'))) return candidate
    const up = dirname(dir)
    if (up === dir) throw new Error('The leaflet fonts (resources/fonts) are missing from this installation')
    dir = up
  }
}

/**
 * Font files (as leafletFontFiles names them) as data: URLs (file → URL), so a standalone
 * leaflet renders the same offline, anywhere, and the print engine never loads anything.
 */
export async function fontDataUrls(files: readonly string[]): Promise<Map<string, string>> {
  const dir = fontsDir()
  const bytes = await Promise.all(files.map((file) => readFile(join(dir, file))))
  return new Map(files.map((file, i) => [file, `data:font/woff2;base64,${bytes[i]!.toString('base64')}`]))
}
