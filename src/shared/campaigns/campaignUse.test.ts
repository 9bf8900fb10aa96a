import { describe, expect, it } from 'vitest'
import { campaignUse, whyNotDeletable, type CampaignCiters } from './campaignUse'

const none: CampaignCiters = { notes: [], leaflets: [], contacts: [] }
const note = (...campaignIds: string[]) => ({ campaignIds })
const contact = (levels: Record<string, 'advanced'>, mergedInto = '') => ({ levels, mergedInto })

describe('whether a campaign can be deleted', () => {
  it('allows deleting a campaign nothing cites', () => {
    expect(whyNotDeletable(campaignUse('c1', none))).toBeNull()
    const others = { notes: [note('c2')], leaflets: [{ campaignId: 'c2' }], contacts: [contact({ c2: 'advanced' })] }
    expect(whyNotDeletable(campaignUse('c1', others))).toBeNull()
  })

  it('says what cites it and to archive instead', () => {
    const notes = [...Array.from({ length: 12 }, () => note('c1', 'c2')), note('c2')]
    expect(whyNotDeletable(campaignUse('c1', { ...none, notes, leaflets: [{ campaignId: 'c1' }] }))).toBe('cited by 12 conversations and 1 leaflet; archive it instead')
    expect(whyNotDeletable(campaignUse('c1', { ...none, notes: [note('c1')] }))).toBe('cited by 1 conversation; archive it instead')
    const all = { notes: [note('c1')], leaflets: [{ campaignId: 'c1' }, { campaignId: 'c1' }], contacts: [contact({ c1: 'advanced' })] }
    expect(whyNotDeletable(campaignUse('c1', all))).toBe('cited by 1 conversation, 2 leaflets and 1 contact judged in it; archive it instead')
  })

  it('does not count a contact merged into another', () => {
    expect(campaignUse('c1', { ...none, contacts: [contact({ c1: 'advanced' }, 'survivor')] })).toEqual({ notes: 0, leaflets: 0, contacts: 0 })
  })
})
