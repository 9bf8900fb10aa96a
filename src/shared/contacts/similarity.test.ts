import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldName, jaroWinkler, nameSimilarity } from './similarity'

describe('name similarity', () => {
  it('matches the textbook Jaro-Winkler values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3)
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2)
    expect(jaroWinkler('abc', 'xyz')).toBe(0)
  })

  it('ignores accents, case, punctuation and word order', () => {
    expect(foldName("  José  O'Brien ")).toBe('jose obrien')
    expect(nameSimilarity('Díaz, Rosa', 'rosa diaz')).toBe(1)
    expect(nameSimilarity('Rosa Diaz', 'Rosa Dias')).toBeGreaterThan(0.9)
    expect(nameSimilarity('Rosa Diaz', 'Marcus Lee')).toBeLessThan(0.6)
  })

  it('is symmetric, in [0, 1], and 1 exactly for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const s = jaroWinkler(a, b)
        expect(s).toBeGreaterThanOrEqual(0)
        expect(s).toBeLessThanOrEqual(1)
        expect(jaroWinkler(b, a)).toBeCloseTo(s, 10)
        expect(jaroWinkler(a, a)).toBe(1)
      }),
    )
  })
})
