import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as A from '@automerge/automerge'
import type { AutomergeUrl } from '@automerge/automerge-repo'
import { describe, expect, it } from 'vitest'
import { readLeaflet, type LeafletDoc } from '../../shared/leaflets/leaflet'
import { leafletUrls } from '../../shared/notebook/rootDoc'
import { Notebook } from '../notebook/Notebook'
import { createLeaflet } from './createLeaflet'
import { nodeKeyVault } from '../atRest/keyWrappings'

const keys = nodeKeyVault(await mkdtemp(join(tmpdir(), 'massline-keys-')), {})

describe('createLeaflet', () => {
  it('stores a new leaflet and its place on the root, so it is there after reopening', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'massline-leaflet-'))
    const nb = await Notebook.create(dir, 'Leaflets', keys)
    const { id, url } = await createLeaflet(nb, { title: ' Heat  now ', campaignId: 'c1' })
    expect(nb.belongs((await nb.repo.find(url as AutomergeUrl)).documentId)).toBe(true)
    await nb.close()

    const again = await Notebook.open(dir, keys)
    expect(leafletUrls(again.root.doc())).toEqual([url])
    const doc = (await again.repo.find<LeafletDoc>(url as AutomergeUrl)).doc()
    expect(readLeaflet(doc)).toMatchObject({ id, title: 'Heat now', campaignId: 'c1', status: 'draft', layout: 'letter' })
    expect(A.spans(doc, ['body'])[0]).toMatchObject({ type: 'block' })
    expect(A.spans(doc, ['bodyB'])[0]).toMatchObject({ type: 'block' })
    await again.close()
  })

  it('refuses a leaflet without a title and lists nothing', async () => {
    const nb = await Notebook.create(await mkdtemp(join(tmpdir(), 'massline-leaflet-')), 'Leaflets', keys)
    await expect(createLeaflet(nb, { title: '  ', campaignId: '' })).rejects.toThrow(/needs a title/)
    expect(leafletUrls(nb.root.doc())).toEqual([])
    await nb.close()
  })
})
