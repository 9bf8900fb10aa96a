import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newContactDoc } from '../../src/shared/contacts/contact'
import { type HostProcess } from '../support/hostProcess'
import { RESULTS, poll, visible, seedDefaultNotebook, startApp } from '../support/e2eApp'

const MIXED = readFileSync(resolve('src/core/import/fixtures/mixed-versions.vcf'))
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(2048)])
const UTF16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\tPhone\r\nBegoña Peña\t212 555 0111\r\n', 'utf16le')])
const UNCLOSED = Buffer.from('Name,Phone\nAna,212 555 0101\n"Bob,212 555 0102\nCid,212 555 0103\nDee,"212 555 0104"\nEve,212 555 0105\n')

describe('contact import errors in Chromium', () => {
  let browser: Browser
  let host: HostProcess
  let page: Page
  const choose = (name: string, buffer: Buffer) => page.getByLabel('File to import').setInputFiles({ name, mimeType: 'application/octet-stream', buffer })
  const summary = () => page.getByTestId('import-summary').textContent()

  beforeAll(async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-e2e-import-errors-'))
    await seedDefaultNotebook(home, (nb) => nb.putRecords('contacts', [newContactDoc('8001', { name: 'Grace Okoye', phones: ['+12125558001'] }, Date.now())]))
    ;({ browser, host, page } = await startApp(home, { width: 1360, height: 900 }))
    await page.goto(`${host.url}#contacts`)
    await visible(page.getByTestId('contact-row').first())
    await page.getByRole('button', { name: 'Import' }).click()
  })

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })

  it('refuses a binary file with one sentence, and offers nothing to import', async () => {
    await choose('photo.png', PNG)
    await poll(() => page.getByTestId('import-error').textContent()).toBe('photo.png: This file is a PNG image: Massline imports contacts from CSV or vCard (.vcf) files.')
    expect(await page.getByTestId('import-summary').count()).toBe(0)
    expect(await page.getByRole('button', { name: /^Import \d+ contacts$/ }).count()).toBe(0)
    await page.screenshot({ path: join(RESULTS, 'import-binary-refused.png') })
  })

  it('previews a vCard file mixing 2.1, 3.0 and 4.0, naming the broken cards, and imports the good ones', async () => {
    await choose('phone export.vcf', MIXED)
    await poll(summary).toMatch(/^vCard: 4 of 6 cards ready, 2 left out/)
    expect(await page.getByTestId('import-error').count()).toBe(0)
    const report = page.getByRole('list', { name: 'Row report' })
    await poll(() => report.textContent()).toMatch(/Card 4: left out, “Broken Quote” \(lines 25–29\) could not be read: its TEL line has a quote that is never closed/)
    expect(await report.textContent()).toMatch(/Card 6: left out, “Cut Short” \(lines 36–40\) could not be read: it has no END:VCARD/)
    expect(await page.getByRole('table', { name: 'Preview' }).textContent()).toMatch(/José Muñoz\+17185550150;ext=2/)
    await page.screenshot({ path: join(RESULTS, 'import-vcard-broken-cards.png') })
    await page.getByRole('button', { name: 'Import 4 contacts' }).click()
    await poll(() => page.getByTestId('import-result').textContent()).toMatch(/^Imported 4 contacts/)
    await poll(() => page.getByTestId('contact-row').count()).toBe(5)
  })

  it('names every row an unclosed quote ran together', async () => {
    await choose('tenants.csv', UNCLOSED)
    await poll(summary).toMatch(/^Generic CSV: 2 of 5 rows ready, 3 left out/)
    const report = await page.getByRole('list', { name: 'Row report' }).textContent()
    expect(report).toMatch(/Row 3: left out, could not be read: a quote in it is never closed, so rows 3–5 ran together/)
    expect(report).toMatch(/Row 4: left out, could not be read: ran into row 3/)
    expect(report).toMatch(/Row 5: left out, could not be read: ran into row 3/)
    await page.screenshot({ path: join(RESULTS, 'import-unclosed-quote.png') })
  })

  it('reads a UTF-16 file as Excel saves "Unicode text"', async () => {
    await choose('excel unicode.txt', UTF16)
    await poll(summary).toMatch(/^Generic CSV: 1 of 1 rows ready/)
    expect(await page.getByRole('table', { name: 'Preview' }).textContent()).toMatch(/Begoña Peña\+12125550111/)
  })
})
