import { change, clone, from, getHeads, merge, type Doc } from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import { newContactDoc, type ContactDoc } from '../contacts/contact'
import { contactRow } from '../contacts/contactRow'
import { newLevelEntry } from '../contacts/levels'
import type { ShardDoc } from '../notebook/schema'
import { readCampaign, type CampaignDoc } from './campaign'
import { newCampaignDoc } from './campaignMutations'
import { campaignIdFor, planLevelCampaigns, putPlannedCampaign, relinkLevels } from './levelCampaigns'

const T = Date.UTC(2026, 5, 1)
const HEAT = '3f1c2a9e-0b7d-4c1e-9a55-6d2f8e1b7c40'
const UNSYNCED = '9d0e5f3a-2c4b-4e6f-8a1d-7b3c5e9f1a20'
type Docs = { contacts: Doc<ShardDoc<ContactDoc>>; campaigns: Doc<ShardDoc<CampaignDoc>> }

const person = (id: string, ...levels: [campaign: string, at: number][]): ContactDoc => ({
  ...newContactDoc(id, { name: id }, T),
  ...Object.fromEntries(levels.map(([campaign, at], i) => [`level:${id}-${i}`, newLevelEntry(campaign, 'advanced', at)])),
})
const notebook = (): Docs => ({
  contacts: from({ schemaVersion: 1, kind: 'contacts', shard: 0, records: { ana: person('ana', ['Rent strike', T + 2]), ben: person('ben', [' rent  STRIKE', T + 1], ['heat', T + 5]), cy: person('cy', [UNSYNCED, T], ['Mold', T + 3]) } }) as unknown as Doc<ShardDoc<ContactDoc>>,
  campaigns: from({ schemaVersion: 1, kind: 'campaigns', shard: 0, records: { [HEAT]: newCampaignDoc(HEAT, { name: 'Heat' }, T - 10) } }) as unknown as Doc<ShardDoc<CampaignDoc>>,
})

/** What the core does on open, on one device's copy. */
function migrate(docs: Docs): Docs {
  const rows = Object.values(docs.contacts.records).map(contactRow)
  const plan = planLevelCampaigns(rows.flatMap((r) => r.levelLog), Object.values(docs.campaigns.records).map(readCampaign))
  if (!plan.relink.size) return docs
  return {
    campaigns: change(docs.campaigns, (d) => plan.create.forEach((c) => putPlannedCampaign(d, c))),
    contacts: change(docs.contacts, (d) => rows.forEach((r) => relinkLevels(d, r.id, plan.relink))),
  }
}
const levelsOf = (docs: Docs) => Object.fromEntries(Object.values(docs.contacts.records).map((c) => [c.id, Object.keys(contactRow(c).levels).sort()]))
const names = (docs: Docs) => Object.values(docs.campaigns.records).map((c) => readCampaign(c).name).sort()

describe('levels typed as free text become campaign records', () => {
  it('makes one campaign per typed name, reuses a campaign of that name, and leaves ids alone', () => {
    const docs = migrate(notebook())
    const rent = campaignIdFor('Rent strike')
    const mold = campaignIdFor('Mold')
    expect(names(docs)).toEqual(['Heat', 'Mold', 'rent STRIKE'])
    expect(readCampaign(docs.campaigns.records[rent]!)).toMatchObject({ createdAt: T + 1, tide: 'low' })
    expect(levelsOf(docs)).toEqual({ ana: [rent], ben: [HEAT, rent].sort(), cy: [UNSYNCED, mold].sort() })
    // Run again (every open), it finds nothing to do.
    expect(migrate(docs)).toBe(docs)
  })

  it('converges when two devices migrate the same notebook at once', () => {
    const base = notebook()
    const a = migrate({ contacts: clone(base.contacts), campaigns: clone(base.campaigns) })
    const b = migrate({ contacts: clone(base.contacts), campaigns: clone(base.campaigns) })
    const merged = { contacts: merge(clone(a.contacts), b.contacts), campaigns: merge(clone(a.campaigns), b.campaigns) }
    const other = { contacts: merge(clone(b.contacts), a.contacts), campaigns: merge(clone(b.campaigns), a.campaigns) }
    expect(getHeads(merged.contacts).sort()).toEqual(getHeads(other.contacts).sort())
    expect(names(merged)).toEqual(['Heat', 'Mold', 'rent STRIKE'])
    expect(levelsOf(merged)).toEqual(levelsOf(a))
    expect(levelsOf(other)).toEqual(levelsOf(b))
    expect(migrate(merged)).toBe(merged)
  })

  it('converges when one device already has the campaign by hand and the other creates it from the typed name', () => {
    const base = notebook()
    const byHand = '5b8e2d1f-7a3c-4f9e-8b6d-1c2a3e4f5a6b'
    const a = migrate({ contacts: clone(base.contacts), campaigns: change(clone(base.campaigns), (d) => void (d.records[byHand] = newCampaignDoc(byHand, { name: 'Rent Strike!' }, T + 10))) })
    const b = migrate({ contacts: clone(base.contacts), campaigns: clone(base.campaigns) })
    expect(levelsOf(a).ana).toEqual([byHand])
    // After sync the two ids of the same name both exist; every level points at one of them, and no level is lost.
    const merged = migrate({ contacts: merge(clone(a.contacts), b.contacts), campaigns: merge(clone(a.campaigns), b.campaigns) })
    expect(Object.values(levelsOf(merged)).flat().every((id) => id === UNSYNCED || merged.campaigns.records[id])).toBe(true)
    expect(Object.keys(contactRow(merged.contacts.records.ben!).levels)).toHaveLength(2)
  })
})
