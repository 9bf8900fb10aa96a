import { change, clone, from, merge, type Doc } from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ShardDoc } from '../notebook/schema'
import { campaignFilterOptions, readCampaign, type CampaignDoc } from './campaign'
import { deleteCampaign, putNewCampaign, setCampaignArchived, setCampaignDescription, setCampaignField, setDemands } from './campaignMutations'

const T = Date.UTC(2026, 0, 10)
const empty = () => from<Record<string, unknown>>({ schemaVersion: 1, kind: 'campaigns', shard: 0, records: {} }) as unknown as Doc<ShardDoc<CampaignDoc>>
const withCampaign = () =>
  change(empty(), (d) => putNewCampaign(d, 'c1', { name: ' No rent increase ', target: 'Greystone', demands: ['Freeze the rent', ' '] }, T))

describe('campaign mutations', () => {
  it('creates a campaign and reads it back with defaults', () => {
    expect(readCampaign(withCampaign().records.c1!)).toMatchObject({ name: 'No rent increase', target: 'Greystone', tide: 'low', demands: ['Freeze the rent'], description: '' })
    expect(readCampaign({ id: 'x', createdAt: 1, updatedAt: 1 })).toMatchObject({ name: '', tide: 'low', demands: [] })
  })

  it('refuses a nameless campaign and an unknown tide, changing nothing', () => {
    expect(() => change(empty(), (d) => putNewCampaign(d, 'c', { name: '  ' }, T))).toThrow('A campaign needs a name')
    const doc = withCampaign()
    expect(() => change(doc, (d) => setCampaignField(d, 'c1', 'name', '', T))).toThrow('A campaign needs a name')
    expect(() => change(doc, (d) => setCampaignField(d, 'c1', 'tide', 'rising', T))).toThrow('not a tide')
    const high = change(doc, (d) => setCampaignField(d, 'c1', 'tide', 'high', T))
    expect(readCampaign(high.records.c1!).tide).toBe('high')
  })

  it('keeps a demand added on one device and one edited on another', () => {
    const base = change(withCampaign(), (d) => setDemands(d, 'c1', ['Freeze the rent', 'Repairs in 14 days'], T))
    const a = change(clone(base), (d) => setDemands(d, 'c1', ['Freeze the rent', 'Repairs in 14 days', 'No evictions'], T))
    const b = change(clone(base), (d) => setDemands(d, 'c1', ['Freeze the rent for two years', 'Repairs in 14 days'], T))
    expect(readCampaign(merge(a, b).records.c1!).demands).toEqual(['Freeze the rent for two years', 'Repairs in 14 days', 'No evictions'])
  })

  it('merges two people writing the description at once', () => {
    const base = change(withCampaign(), (d) => setCampaignDescription(d, 'c1', 'Rents rose 12%.', T))
    const a = change(clone(base), (d) => setCampaignDescription(d, 'c1', 'Rents rose 12%. Greystone owns six buildings.', T))
    const b = change(clone(base), (d) => setCampaignDescription(d, 'c1', 'Since March, rents rose 12%.', T))
    expect(readCampaign(merge(a, b).records.c1!).description).toBe('Since March, rents rose 12%. Greystone owns six buildings.')
  })

  it('archives a campaign and restores it, a record without the field reading as running', () => {
    const archived = change(withCampaign(), (d) => setCampaignArchived(d, 'c1', true, T + 5))
    expect(readCampaign(archived.records.c1!)).toMatchObject({ archivedAt: T + 5, updatedAt: T + 5, name: 'No rent increase' })
    const restored = change(archived, (d) => setCampaignArchived(d, 'c1', false, T + 9))
    expect(readCampaign(restored.records.c1!).archivedAt).toBe(0)
    expect('archivedAt' in restored.records.c1!).toBe(false)
    expect(readCampaign(withCampaign().records.c1!).archivedAt).toBe(0)
    expect(() => change(withCampaign(), (d) => setCampaignArchived(d, 'nope', true, T))).toThrow('No campaign nope')
  })

  it('lists running campaigns first and marks the archived ones for filters', () => {
    const c = (id: string, name: string, archivedAt = 0) => ({ id, name, archivedAt })
    expect(campaignFilterOptions([c('a', 'Rent strike', T), c('b', 'Repairs'), c('d', 'Bus fares'), c('e', 'Anti-eviction', T)])).toEqual([
      ['d', 'Bus fares'],
      ['b', 'Repairs'],
      ['e', 'Anti-eviction (archived)'],
      ['a', 'Rent strike (archived)'],
    ])
  })

  it('deletes a campaign record, and refuses an unknown one', () => {
    expect(change(withCampaign(), (d) => deleteCampaign(d, 'c1')).records).toEqual({})
    expect(() => change(withCampaign(), (d) => deleteCampaign(d, 'c2'))).toThrow('No campaign c2')
  })
})
