import { describe, expect, it } from 'vitest'
import { mergeRoster } from './roster'

const key = (c: string) => c.repeat(64)
const entry = (c: string, name: string, lastSeen: number) => ({ deviceKey: key(c), name, addedAt: lastSeen, lastSeen })

describe('mergeRoster', () => {
  it('unions devices, keeps the latest name and last seen, and is order independent', () => {
    const a = { roster: [entry('a', 'Ana', 5), entry('b', 'Ben', 1)], removed: [] }
    const b = { roster: [entry('b', 'Ben laptop', 9), entry('c', 'Cy', 3)], removed: [] }
    const merged = mergeRoster(a, b)
    expect(merged).toEqual(mergeRoster(b, a))
    expect(merged.roster.map((m) => [m.name, m.lastSeen])).toEqual([
      ['Ana', 5],
      ['Ben laptop', 9],
      ['Cy', 3],
    ])
  })

  it('never brings a removed device back', () => {
    const a = { roster: [entry('a', 'Ana', 5)], removed: [key('b')] }
    const b = { roster: [entry('b', 'Ben', 99)], removed: [] }
    expect(mergeRoster(b, a).roster.map((m) => m.name)).toEqual(['Ana'])
    expect(mergeRoster(b, a).removed).toEqual([key('b')])
  })
})
