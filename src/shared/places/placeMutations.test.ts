import { change, clone, from, merge, type Doc } from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ShardDoc } from '../notebook/schema'
import { readPlace, type PlaceDoc } from './place'
import { addUnits, linkKnockNote, putNewPlace, recordKnock, removeKnock, removeUnit, setPlaceField } from './placeMutations'

const T = Date.UTC(2026, 0, 10, 19)
const empty = () => from<Record<string, unknown>>({ schemaVersion: 1, kind: 'places', shard: 0, records: {} }) as unknown as Doc<ShardDoc<PlaceDoc>>
const withPlace = () => change(empty(), (d) => putNewPlace(d, 'p1', { kind: 'building', name: 'Maple Court', address: '12 Main St' }, T, ['1A', '1B', '2A']))

describe('place mutations', () => {
  it('creates a place with its units and reads it back with defaults', () => {
    const place = readPlace(withPlace().records.p1!)
    expect(place).toMatchObject({ kind: 'building', name: 'Maple Court', address: '12 Main St', units: ['1A', '1B', '2A'], knocks: [] })
    expect(readPlace({ id: 'x', createdAt: 1, updatedAt: 1 })).toMatchObject({ kind: 'building', name: '', units: [], knocks: [] })
  })

  it('refuses a place with neither name nor address, and an emptied title, changing nothing', () => {
    expect(() => change(empty(), (d) => putNewPlace(d, 'p', { kind: 'building', name: ' ', address: '' }, T))).toThrow('needs a name or an address')
    const doc = withPlace()
    expect(() => change(doc, (d) => setPlaceField(d, 'p1', 'kind', 'castle', T))).toThrow('not a kind of place')
    const renamed = change(doc, (d) => setPlaceField(d, 'p1', 'name', '', T + 1))
    expect(readPlace(renamed.records.p1!).name).toBe('')
    expect(() => change(renamed, (d) => setPlaceField(d, 'p1', 'address', '', T))).toThrow('needs a name or an address')
  })

  it('adds only new units and removes one', () => {
    let added = 0
    let doc = change(withPlace(), (d) => void (added = addUnits(d, 'p1', ['1a', '2B', '2B', ' '], T + 1)))
    expect(added).toBe(1)
    doc = change(doc, (d) => removeUnit(d, 'p1', '1b', T + 2))
    expect(readPlace(doc.records.p1!).units).toEqual(['1A', '2A', '2B'])
    expect(() => change(doc, (d) => removeUnit(d, 'p1', '9Z', T))).toThrow('No unit “9Z”')
  })

  it('records knocks as one key each, on listed units only, and can link or remove one', () => {
    let doc = change(withPlace(), (d) => {
      recordKnock(d, 'p1', { unit: '1a', outcome: 'notHome', at: T }, T, 'k1')
      recordKnock(d, 'p1', { unit: '1B', outcome: 'conversation', at: T + 60_000, by: 'Ana' }, T, 'k2')
    })
    expect(Object.keys(doc.records.p1!).filter((k) => k.startsWith('knock:'))).toEqual(['knock:k1', 'knock:k2'])
    expect(readPlace(doc.records.p1!).knocks).toMatchObject([
      { id: 'k1', unit: '1A', outcome: 'notHome', by: '' },
      { id: 'k2', unit: '1B', outcome: 'conversation', by: 'Ana' },
    ])
    expect(() => change(doc, (d) => recordKnock(d, 'p1', { unit: '9Z', outcome: 'refused', at: T }, T))).toThrow('No unit “9Z”')
    expect(() => change(doc, (d) => recordKnock(d, 'p1', { unit: '1A', outcome: 'maybe' as never, at: T }, T))).toThrow('not a knock outcome')
    doc = change(doc, (d) => linkKnockNote(d, 'p1', 'k2', 'note-7', T))
    expect(readPlace(doc.records.p1!).knocks[1]!.noteId).toBe('note-7')
    doc = change(doc, (d) => removeKnock(d, 'p1', 'k1', T))
    expect(readPlace(doc.records.p1!).knocks.map((k) => k.id)).toEqual(['k2'])
  })

  it('keeps knocks recorded on two devices at once', () => {
    const base = withPlace()
    const a = change(clone(base), (d) => void recordKnock(d, 'p1', { unit: '1A', outcome: 'refused', at: T }, T, 'a'))
    const b = change(clone(base), (d) => void recordKnock(d, 'p1', { unit: '2A', outcome: 'contact', at: T }, T, 'b'))
    const merged = readPlace(merge(a, b).records.p1!)
    expect(merged.knocks.map((k) => k.id)).toEqual(['a', 'b'])
  })
})
