import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCaptured } from '../../../../test/support/cli'
import { ANONYMOUS_SPEAKER, LEAFLET_ID, seedLeaflet } from '../../../../test/support/leafletSeed'

let home: string
const cli = (...args: string[]) => runCaptured([...args, '--home', home])
const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
const pdfPages = (path: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1])

describe('massline export leaflet', () => {
  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'massline-cli-leaflet-'))
    await seedLeaflet(home)
  })

  it('lists the leaflets with the ids export takes', async () => {
    const listed = await cli('leaflets', 'list', '--json')
    expect(listed.code).toBe(0)
    expect(JSON.parse(listed.out)).toEqual([expect.objectContaining({ id: LEAFLET_ID, status: expect.any(String), layout: 'half-letter' })])
  })

  it('prints a half-page PDF: two copies on one sheet, quotes credited, the anonymous speaker never named', async () => {
    const out = join(home, 'half.pdf')
    const result = await cli('export', 'leaflet', LEAFLET_ID, '--format', 'pdf', '--out', out)
    expect(result).toMatchObject({ code: 0, out: `Wrote ${out} (1 page)` })
    expect(pdfPages(out)).toBe(1)
    const text = pdfText(out)
    expect(text.match(/No heat\? No rent\./g)).toHaveLength(2)
    expect(text).toContain('ANA PEREIRA, 2ND FLOOR')
    expect(text).toContain('A TENANT ON THE 4TH FLOOR')
    expect(text).not.toContain(ANONYMOUS_SPEAKER)
    expect(text).not.toMatch(/Rosa|Delgado/i)
  }, 60_000)

  it('prints both languages, side by side or front and back, and says when the text overflows', async () => {
    const side = join(home, 'side.pdf')
    expect((await cli('export', 'leaflet', LEAFLET_ID, '--format', 'pdf', '--layout', 'bilingual-side', '--out', side)).code).toBe(0)
    expect(pdfPages(side)).toBe(1)
    expect(pdfText(side)).toMatch(/No heat\? No rent\.[\s\S]*Sin calefacción/)
    const back = join(home, 'back.pdf')
    const json = await cli('export', 'leaflet', LEAFLET_ID, '--format', 'pdf', '--layout', 'bilingual-back', '--out', back, '--json')
    expect(JSON.parse(json.out)).toEqual({ path: back, pages: 2, warnings: [] })
    expect(pdfPages(back)).toBe(2)

    const longHome = await mkdtemp(join(tmpdir(), 'massline-cli-leaflet-'))
    await seedLeaflet(longHome, { long: true })
    const long = join(longHome, 'long.pdf')
    const overflow = await runCaptured(['export', 'leaflet', LEAFLET_ID, '--format', 'pdf', '--out', long, '--home', longHome, '--json'])
    expect(JSON.parse(overflow.out)).toMatchObject({ pages: 2, warnings: [expect.stringMatching(/The en text needs 2 half pages but the layout has one half page/)] })
    expect(pdfPages(long)).toBe(2)
    // Nothing is cut: the end of the text is on the second sheet.
    expect(pdfText(long)).toContain('Spanish interpretation provided.')
    await mkdir(resolve('test-results'), { recursive: true })
    const renders: [string, string][] = [['leaflet-half', join(home, 'half.pdf')], ['leaflet-bilingual-side', side], ['leaflet-bilingual-back', back], ['leaflet-half-overflow', long]]
    for (const [name, path] of renders)
      execFileSync('pdftoppm', ['-png', '-r', '60', path, resolve('test-results', name)])
  }, 120_000)

  it('writes standalone HTML with its fonts inside, and Markdown with quotes as block quotes', async () => {
    const html = await cli('export', 'leaflet', LEAFLET_ID, '--format', 'html')
    expect(html.code).toBe(0)
    expect(html.out).toMatch(/^<!doctype html>/)
    expect(html.out).toContain("src:url(data:font/woff2;base64,")
    expect(html.out).not.toMatch(/(src|href)="?https?:/)
    const md = join(home, 'leaflet.md')
    expect((await cli('export', 'leaflet', LEAFLET_ID, '--format', 'md', '--out', md)).code).toBe(0)
    const text = await readFile(md, 'utf8')
    expect(text).toContain('# No heat? No rent.')
    expect(text).toContain('> “They only fix things for people who complain loudly, so we will complain together.”\n>\n> — a tenant on the 4th floor')
    expect(text).toContain('\n---\n\n# ¿Sin calefacción? No hay renta.')
  }, 60_000)

  it('refuses an unknown leaflet, format or layout with a clear message', async () => {
    expect(await cli('export', 'leaflet', 'nope', '--format', 'md')).toMatchObject({ code: 1, err: 'massline: This notebook has no leaflet with the id “nope”' })
    const format = await cli('export', 'leaflet', LEAFLET_ID, '--format', 'docx')
    expect(format.code).toBe(2)
    expect(format.err).toMatch(/takes --format pdf, --format html, --format md/)
    expect((await cli('export', 'leaflet', LEAFLET_ID, '--format', 'pdf', '--layout', 'tabloid', '--out', 'x.pdf')).err).toMatch(/unknown layout “tabloid”/)
    expect((await cli('export', 'leaflet', LEAFLET_ID, '--format', 'pdf')).err).toMatch(/a PDF needs --out FILE/)
  })
})
