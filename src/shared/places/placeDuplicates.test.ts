import { describe, expect, it } from 'vitest'
import type { Place } from './place'
import { findPlaceDuplicates } from './placeDuplicates'
import { placeIdFor } from './placeId'

let t = 0
const place = (id: string, fields: Partial<Place> = {}): Place => ({ id, createdAt: ++t, updatedAt: t, kind: 'building', name: '', address: '', units: [], mergedInto: '', knocks: [], ...fields })

describe('duplicate places', () => {
  it('groups places at one address however it was typed, and keeps the one whose id the address gives', () => {
    const fixed = placeIdFor('40 Oak St')!
    const groups = findPlaceDuplicates([place('old-1', { address: '40 Oak Street' }), place('old-2', { address: '40 oak st.', name: 'Oak Towers' }), place(fixed, { address: '40 Oak St' }), place('elsewhere', { address: '41 Oak St' })])
    expect(groups).toEqual([{ ids: ['old-1', 'old-2', fixed], reasons: ['same address'], keep: fixed }])
  })

  it('groups the same name and kind where one has no address, never two different addresses', () => {
    const groups = findPlaceDuplicates([
      place('w1', { kind: 'workplace', name: 'Acme Warehouse' }),
      place('w2', { kind: 'workplace', name: 'ACME warehouse', address: '1 Dock Rd' }),
      place('b1', { name: 'Acme Warehouse' }),
      place('c1', { name: 'Corner Shop', address: '1 High St' }),
      place('c2', { name: 'Corner Shop', address: '99 Low St' }),
      place('c3', { name: 'Corner Shop' }),
    ])
    expect(groups).toEqual([{ ids: ['w1', 'w2'], reasons: ['same name'], keep: 'w1' }])
  })

  it('keeps the most knocked place when no id comes from the address, and leaves merged-away places out', () => {
    const knock = { id: 'k', unit: '1', outcome: 'notHome' as const, at: 1, by: '', noteId: '' }
    const groups = findPlaceDuplicates([place('a', { name: 'Elm Court' }), place('b', { name: 'elm court', knocks: [knock] }), place('c', { name: 'Elm Court', mergedInto: 'b' })])
    expect(groups).toEqual([{ ids: ['a', 'b'], reasons: ['same name'], keep: 'b' }])
    expect(findPlaceDuplicates([place('a', { name: 'Elm Court' }), place('c', { name: 'Elm Court', mergedInto: 'a' })])).toEqual([])
  })
})
