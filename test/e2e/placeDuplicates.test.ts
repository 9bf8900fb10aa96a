import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { newContactDoc } from '../../src/shared/contacts/contact'
import { placeIdFor } from '../../src/shared/places/placeId'
import { newPlaceDoc } from '../../src/shared/places/placeMutations'
import { poll, RESULTS, seedDefaultNotebook, startApp, visible } from '../support/e2eApp'
import type { HostProcess } from '../support/hostProcess'

describe('duplicate places in Chromium', () => {
  let browser: Browser
  let host: HostProcess
  let page: Page
  const placeRow = (name: string) => page.getByTestId('place-row').filter({ hasText: name })

  beforeAll(async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-e2e-place-dupes-'))
    await seedDefaultNotebook(home, async (nb) => {
      const now = Date.now()
      // One building entered twice: once before place ids came from the address, once after.
      await nb.putRecords('places', [
        newPlaceDoc('oak-old', { kind: 'building', name: 'Oak Towers', address: '40 Oak Street' }, now - 1000, ['1A', '1B']),
        newPlaceDoc(placeIdFor('40 Oak St')!, { kind: 'building', name: '', address: '40 Oak St' }, now, ['2A']),
        newPlaceDoc('elm', { kind: 'building', name: 'Elm Court', address: '7 Elm Rd' }, now, ['1']),
      ])
      await nb.putRecords('contacts', [newContactDoc('c1', { name: 'Rosa Díaz', placeId: 'oak-old', unit: '1A' }, now), newContactDoc('c2', { name: 'Marcus Lee', placeId: placeIdFor('40 Oak St')!, unit: '2A' }, now)])
    })
    ;({ browser, host, page } = await startApp(home))
    await page.goto(`${host.url}#places`)
    await visible(placeRow('Elm Court'))
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })

  it('offers the building entered twice for merge, and ends with one place holding both tenants', async () => {
    const offer = page.getByRole('region', { name: 'Duplicate places' })
    await visible(offer)
    await poll(() => offer.innerText()).toMatch(/1 place looks entered more than once/)
    await offer.getByRole('button', { name: 'Review' }).click()
    const group = offer.getByTestId('place-duplicate-group')
    await poll(() => group.innerText()).toMatch(/same address[\s\S]*Oak Towers[\s\S]*40 Oak St/)
    await page.screenshot({ path: join(RESULTS, 'place-duplicates-offer.png') })
    await group.getByRole('button', { name: 'Merge into one' }).click()
    await poll(() => offer.count()).toBe(0)
    await poll(() => page.getByTestId('place-row').count()).toBe(2)
    // The survivor is the one whose id the address gives; the name and both tenants moved to it.
    await poll(() => placeRow('Oak Towers').innerText()).toMatch(/Oak Towers\s+40 Oak St\s+0%\s+3\s+0\s+0\s+2\s+never/)
    await page.screenshot({ path: join(RESULTS, 'place-duplicates-merged.png') })
  })
})
