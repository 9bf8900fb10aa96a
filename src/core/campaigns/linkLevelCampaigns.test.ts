import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readCampaign } from '../../shared/campaigns/campaign'
import { newCampaignDoc } from '../../shared/campaigns/campaignMutations'
import { campaignIdFor } from '../../shared/campaigns/levelCampaigns'
import { newContactDoc } from '../../shared/contacts/contact'
import { newLevelEntry } from '../../shared/contacts/levels'
import { nodeKeyVault } from '../atRest/keyWrappings'
import { Notebook } from '../notebook/Notebook'
import { linkLevelCampaigns } from './linkLevelCampaigns'
import { campaignDocs } from './readCampaigns'

const T = Date.UTC(2026, 5, 1)
const dir = await mkdtemp(join(tmpdir(), 'massline-levels-'))
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('linking typed level campaigns on open', () => {
  it('creates the campaigns, relinks every level, survives a reopen, and does nothing the second time', async () => {
    const keys = nodeKeyVault(join(dir, 'keys'), {})
    const notebook = await Notebook.create(join(dir, 'nb'), 'Levels', keys)
    const heat = newCampaignDoc('0a1b2c3d-0000-4000-8000-000000000001', { name: 'Heat and repairs now' }, T)
    const people = Array.from({ length: 40 }, (_, i) => ({
      ...newContactDoc(`p-${i}`, { name: `Person ${i}` }, T),
      [`level:a${i}`]: newLevelEntry(i % 2 ? 'Rent strike' : 'heat and repairs NOW', 'intermediate', T + i),
      [`level:b${i}`]: newLevelEntry(heat.id, 'advanced', T + 100 + i),
    }))
    await notebook.putRecords('campaigns', [heat])
    await notebook.putRecords('contacts', people)
    expect(await linkLevelCampaigns(notebook)).toBe(40)
    await notebook.close()

    const reopened = await Notebook.open(join(dir, 'nb'), keys)
    const campaigns = (await campaignDocs(reopened)).map(readCampaign)
    expect(campaigns.map((c) => c.name).sort()).toEqual(['Heat and repairs now', 'Rent strike'])
    const rows = await reopened.rows('contacts')
    expect(new Set(rows.flatMap((r) => Object.keys(r.levels)))).toEqual(new Set([heat.id, campaignIdFor('Rent strike')]))
    expect(rows.find((r) => r.id === 'p-1')!.levels).toEqual({ [campaignIdFor('rent strike')]: 'intermediate', [heat.id]: 'advanced' })
    expect(await linkLevelCampaigns(reopened)).toBe(0)
    await reopened.close()
  })
})
