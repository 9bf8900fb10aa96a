import { change, from, type Doc } from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ShardDoc } from '../notebook/schema'
import { readCampaign, type CampaignDoc } from './campaign'
import { newCampaignDoc } from './campaignMutations'
import { readPlan } from './plan'
import { addTactic, changeTide, setDemandStatus, whyNotArchivable } from './planMutations'

const shard = () => from({ schemaVersion: 1, kind: 'campaigns', shard: 0, records: { c: newCampaignDoc('c', { name: 'Heat', demands: ['Heat in 24 hours'] }, 1000) } } as unknown as Record<string, unknown>) as unknown as Doc<ShardDoc<CampaignDoc>>

describe('the campaign plan', () => {
  it('keeps tide changes as dated entries with reasons, demand statuses and a tactics ladder', () => {
    let doc = change(shard(), (s) => void changeTide(s, 'c', { tide: 'high', reason: 'Sixty at the speak-out', by: 'Ana' }, 2000))
    doc = change(doc, (s) => setDemandStatus(s, 'c', 'Heat in 24 hours', 'partlyWon', 3000))
    doc = change(doc, (s) => void addTactic(s, 'c', { name: 'Petition' }, 4000))
    doc = change(doc, (s) => void addTactic(s, 'c', { name: 'Delegation' }, 5000))
    const plan = readPlan(doc.records.c!)
    expect(plan.tides.map((t) => [t.tide, t.reason, t.by])).toEqual([['high', 'Sixty at the speak-out', 'Ana']])
    expect(readCampaign(doc.records.c!).tide).toBe('high')
    expect(plan.demandStatus).toEqual({ 'Heat in 24 hours': 'partlyWon' })
    expect(plan.tactics.map((t) => [t.rung, t.name])).toEqual([[1, 'Petition'], [2, 'Delegation']])
    expect(() => change(doc, (s) => void changeTide(s, 'c', { tide: 'low', reason: ' ' }, 6000))).toThrow(/Say why/)
    expect(whyNotArchivable(doc.records.c!, 6000)).toMatch(/no sum-up/)
  })
})
