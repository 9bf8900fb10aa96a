import { execFileSync } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type HostProcess } from '../support/hostProcess'
import { RESULTS, poll, startApp } from '../support/e2eApp'
import { ANONYMOUS_SPEAKER, LEAFLET_ID, seedLeaflet } from '../support/leafletSeed'

const LONG_ID = 'long-leaflet'

describe('leaflet print preview and export in Chromium', () => {
  let browser: Browser
  let host: HostProcess
  let page: Page
  let home: string
  const sheets = () => page.getByTestId('print-sheets')
  const pdfText = (path: string) => execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
  const pdfPages = (path: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1])

  async function exportPdf(layout: string, label: string): Promise<string> {
    await page.getByLabel('Layout').selectOption(layout)
    await page.getByRole('button', { name: 'PDF for print' }).click()
    const status = page.getByTestId('print-export-status')
    await poll(() => status.textContent()).toMatch(new RegExp(`^Saved .*\\.pdf \\(${label}, \\d pages?\\)$`))
    return /^Saved (.*\.pdf)/.exec((await status.textContent())!)![1]!
  }

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'massline-e2e-print-'))
    await seedLeaflet(home)
    await seedLeaflet(home, { long: true, id: LONG_ID })
    ;({ browser, host, page } = await startApp(home, { width: 1360, height: 900 }))
  })

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })

  it('previews the half-page leaflet as it prints: two copies on one sheet, one page, no warning', async () => {
    await page.goto(`${host.url}#leaflets/${encodeURIComponent(LEAFLET_ID)}`)
    await page.getByRole('button', { name: 'Print and export' }).click()
    await poll(() => page.evaluate(() => location.hash)).toBe(`#leaflets/${encodeURIComponent(`${LEAFLET_ID}/print`)}`)
    await poll(() => page.getByTestId('print-pages').textContent()).toBe('1 page')
    await poll(() => sheets().locator('h1').count()).toBe(2)
    expect(await sheets().locator('figcaption').allTextContents()).toEqual(['— Ana Pereira, 2nd floor', '— a tenant on the 4th floor', '— Ana Pereira, 2nd floor', '— a tenant on the 4th floor'])
    expect(await page.getByRole('alert').count()).toBe(0)
    // The fonts the leaflet uses are loaded from the app's own files.
    await poll(() => page.evaluate(() => document.fonts.check("12pt 'Leaflet Noto Sans'", 'No heat'))).toBe(true)
    await page.screenshot({ path: join(RESULTS, 'leaflet-print-preview-half.png') })
  })

  it('exports the half-page and the bilingual PDFs from the preview', async () => {
    const half = await exportPdf('half-letter', 'Half Letter, two per sheet')
    expect(pdfPages(half)).toBe(1)
    const text = pdfText(half)
    expect(text.match(/No heat\? No rent\./g)).toHaveLength(2)
    expect(text).not.toContain(ANONYMOUS_SPEAKER)

    await page.getByLabel('Layout').selectOption('bilingual-side')
    await poll(() => sheets().locator('.flow[data-stream="b"] h1').first().textContent()).toBe('¿Sin calefacción? No hay renta.')
    await page.screenshot({ path: join(RESULTS, 'leaflet-print-preview-bilingual.png') })
    const side = await exportPdf('bilingual-side', 'Bilingual, side by side')
    expect(pdfPages(side)).toBe(1)
    expect(pdfText(side)).toMatch(/Sin calefacción/)
    const back = await exportPdf('bilingual-back', 'Bilingual, front and back')
    expect(pdfPages(back)).toBe(2)
    const backText = pdfText(back)
    expect(backText).toMatch(/No heat\? No rent\.[\s\S]*\f[\s\S]*Sin calefacción/)
    expect(backText).not.toContain(ANONYMOUS_SPEAKER)
    execFileSync('pdftoppm', ['-png', '-r', '60', back, join(RESULTS, 'leaflet-e2e-bilingual-back')])
  }, 60_000)

  it('warns in the preview when the text needs more than one half page, and shows the second sheet', async () => {
    await page.goto(`${host.url}#leaflets/${LONG_ID}%2Fprint`)
    await poll(() => page.getByTestId('print-pages').textContent()).toBe('2 pages')
    await poll(() => page.getByRole('alert').textContent()).toMatch(/The en text needs 2 half pages but the layout has one half page/)
    expect(await sheets().locator('section.sheet').count()).toBe(2)
    await page.screenshot({ path: join(RESULTS, 'leaflet-print-preview-overflow.png') })
  })
})
