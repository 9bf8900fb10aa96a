import { change, clone, from, merge, type Doc } from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ShardDoc } from '../notebook/schema'
import { foldPlaceInto, markPlaceMerged } from './mergePlaces'
import { readPlace, type PlaceDoc } from './place'
import { newPlaceDoc, recordKnock } from './placeMutations'

const T = Date.UTC(2026, 0, 10, 19)
const shard = () =>
  from<Record<string, unknown>>({ schemaVersion: 1, kind: 'places', shard: 0, records: {} }) as unknown as Doc<ShardDoc<PlaceDoc>>

describe('folding one place into another', () => {
  const start = change(shard(), (d) => {
    d.records.keep = newPlaceDoc('keep', { kind: 'building', name: '', address: '40 Oak St' }, T, ['1A'])
    d.records.dupe = newPlaceDoc('dupe', { kind: 'building', name: 'Oak Towers', address: '40 oak street' }, T - 5, ['apt 1a', '2B'])
    recordKnock(d, 'dupe', { unit: '2B', outcome: 'conversation', at: T + 1 }, T + 1, 'k1')
  })

  it('carries knocks, missing units and a missing name, once', () => {
    const merged = change(start, (d) => {
      expect(foldPlaceInto(d.records.keep!, d.records.dupe!)).toBe(true)
      markPlaceMerged(d.records.dupe!, 'keep', T + 2)
    })
    const keep = readPlace(merged.records.keep!)
    expect(keep).toMatchObject({ name: 'Oak Towers', address: '40 Oak St', units: ['1A', '2B'], createdAt: T - 5 })
    expect(keep.knocks.map((k) => [k.id, k.unit])).toEqual([['k1', '2B']])
    expect(readPlace(merged.records.dupe!).mergedInto).toBe('keep')
    change(merged, (d) => expect(foldPlaceInto(d.records.keep!, d.records.dupe!)).toBe(false))
  })

  it('reads a unit once when two devices folded it in at once', () => {
    const fold = (d: ShardDoc<PlaceDoc>) => void foldPlaceInto(d.records.keep!, d.records.dupe!)
    const both = merge(change(clone(start), fold), change(clone(start), fold))
    expect(readPlace(both.records.keep!).units).toEqual(['1A', '2B'])
  })
})
