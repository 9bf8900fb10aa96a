import { change, clone, from, merge, type Doc } from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ShardDoc } from '../notebook/schema'
import { foldTwinPlaces } from './foldTwinPlaces'
import { readPlace, type PlaceDoc } from './place'
import { placeIdFor } from './placeId'
import { putNewPlace, recordKnock } from './placeMutations'

const T = Date.UTC(2026, 0, 10, 19)
const empty = () => from<Record<string, unknown>>({ schemaVersion: 1, kind: 'places', shard: 0, records: {} }) as unknown as Doc<ShardDoc<PlaceDoc>>

describe('two devices adding the same building while apart', () => {
  it('end with one place holding both sides’ knocks and units', () => {
    const id = placeIdFor('40 Oak St')!
    const base = empty()
    let alice = change(clone(base), (d) => putNewPlace(d, placeIdFor('40 Oak St.')!, { kind: 'building', name: 'Oak Towers', address: '40 Oak St.' }, T, ['1A', '1B']))
    alice = change(alice, (d) => void recordKnock(d, id, { unit: '1A', outcome: 'conversation', at: T + 1 }, T + 1, 'k-alice'))
    let bob = change(clone(base), (d) => putNewPlace(d, placeIdFor('40 oak street')!, { kind: 'building', name: '', address: '40 oak street' }, T + 5, ['2A']))
    bob = change(bob, (d) => void recordKnock(d, id, { unit: '2A', outcome: 'notHome', at: T + 6 }, T + 6, 'k-bob'))

    const merged = merge(clone(alice), bob)
    expect(Object.keys(merged.records)).toEqual([id])
    const folded = change(merged, (d) => expect(foldTwinPlaces(d, [id])).toEqual([id]))
    const place = readPlace(folded.records[id]!)
    expect(place.knocks.map((k) => k.id).sort()).toEqual(['k-alice', 'k-bob'])
    expect([...place.units].sort()).toEqual(['1A', '1B', '2A'])
    // Both devices fold the same way and converge; folding again changes nothing.
    const other = change(merge(clone(bob), alice), (d) => foldTwinPlaces(d, [id]))
    expect(readPlace(merge(clone(folded), other).records[id]!).knocks).toHaveLength(2)
    change(folded, (d) => expect(foldTwinPlaces(d, [id])).toEqual([]))
  })
})
