import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { duplicateGroups, findDuplicates, type DuplicateCandidate } from './duplicates'

const c = (id: string, over: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({ id, name: '', phones: [], email: '', placeId: '', ...over })

describe('duplicate detection', () => {
  it('pairs the same phone, the same email, and a similar name in the same building', () => {
    const pairs = findDuplicates([
      c('a', { name: 'Rosa Díaz', phones: ['+12125550101'], placeId: 'p1' }),
      c('b', { name: 'Rosa Dias', placeId: 'p1' }),
      c('c', { name: 'R. D.', phones: ['212-555-0101'] }),
      c('d', { name: 'Marcus', email: 'M@Example.org' }),
      c('e', { name: 'Marc', email: 'm@example.org ' }),
      c('f', { name: 'Rosa Dias', placeId: 'p2' }),
    ])
    expect(pairs.map((p) => [p.a, p.b, p.reasons.join()])).toEqual(
      expect.arrayContaining([
        ['a', 'c', 'same phone'],
        ['d', 'e', 'same email'],
        ['a', 'b', 'similar name in the same place'],
      ]),
    )
    expect(pairs.some((p) => p.b === 'f' || p.a === 'f')).toBe(false)
    expect(duplicateGroups(pairs)).toEqual([['a', 'b', 'c'], ['d', 'e']])
  })

  it('scores several signals above one', () => {
    const [both] = findDuplicates([c('a', { phones: ['+12125550101'], email: 'x@y.org' }), c('b', { phones: ['+12125550101'], email: 'x@y.org' })])
    const [one] = findDuplicates([c('a', { phones: ['+12125550101'] }), c('b', { phones: ['+12125550101'] })])
    expect(both!.score).toBeGreaterThan(one!.score)
  })

  it('finds every pair of copies of a person, whatever the order, and never pairs a record with itself', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 30 }), fc.integer(), (people, seed) => {
        const candidates = people.map((p, i) => c(`r${i}`, { name: `Person ${p}`, phones: [`+1212555${String(1000 + p)}`] }))
        const shuffled = [...candidates].sort((x, y) => ((x.id.charCodeAt(1) * seed) % 7) - ((y.id.charCodeAt(1) * seed) % 7))
        const pairs = findDuplicates(shuffled)
        const expected = people.flatMap((p, i) => people.map((q, j) => (i < j && p === q ? 1 : 0))).reduce<number>((s, x) => s + x, 0)
        expect(pairs.length).toBe(expected)
        for (const pair of pairs) expect(pair.a).not.toBe(pair.b)
      }),
    )
  })
})
