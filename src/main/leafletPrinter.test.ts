import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { leafletHtml } from '../shared/leaflets/leafletHtml'
import { readLeafletSource } from '../shared/leaflets/leafletHtmlSource'
import { leafletWith } from '../shared/leaflets/leafletHtmlTestkit'
import { closeBrowser, seen } from '../../test/support/chromiumElectron'
import { electronPrintToPdf } from './leafletPrinter'

vi.mock('electron', () => import('../../test/support/chromiumElectron'))

/** A half-page leaflet whose fonts point at a server, which the print session must refuse. */
const page = (headline: string) =>
  leafletHtml(readLeafletSource(leafletWith([[{ kind: 'heading', level: 1 }, headline], [{ kind: 'paragraph' }, 'Meeting Tuesday 7pm in the lobby.']], [])), {
    fontUrl: (file) => `https://fonts.example.org/${file}`,
  }).html

const textOf = async (pdf: Uint8Array) => {
  const file = join(await mkdtemp(join(tmpdir(), 'massline-electron-pdf-')), 'leaflet.pdf')
  await writeFile(file, pdf)
  return execFileSync('pdftotext', [file, '-']).toString()
}

describe('Electron leaflet printing (on Chromium, through the same calls)', () => {
  afterAll(closeBrowser)

  it('prints the page it was given, refuses everything else it asks for, and leaves no window or file behind', async () => {
    const printed = await electronPrintToPdf(page('No heat, no rent'), { pdf: true })
    expect(printed.panels.a).toBe(1)
    expect(await textOf(printed.pdf!)).toMatch(/No heat, no rent[\s\S]*Meeting Tuesday 7pm/)
    const fonts = seen.requests.filter((r) => r.url.startsWith('https://fonts.example.org/'))
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.every((r) => r.cancelled)).toBe(true)
    const pageFile = seen.requests.find((r) => r.url.startsWith('file:'))
    expect(pageFile?.cancelled).toBe(false)
    expect(existsSync(fileURLToPath(pageFile!.url))).toBe(false)
    expect(seen.windows.every((w) => w.destroyed)).toBe(true)
  })

  it('prints two leaflets at once (one print session and filter serve both)', async () => {
    const [a, b] = await Promise.all([electronPrintToPdf(page('Heat by Friday'), { pdf: true }), electronPrintToPdf(page('Repairs now'), { pdf: true })])
    expect(await textOf(a.pdf!)).toMatch(/Heat by Friday/)
    expect(await textOf(b.pdf!)).toMatch(/Repairs now/)
  })
})
