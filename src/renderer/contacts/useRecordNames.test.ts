import { describe, expect, it } from 'vitest'
import { PickableNames } from './useRecordNames'

describe('PickableNames', () => {
  it('lists only what one can pick, and still names an archived record', () => {
    const names = new PickableNames([['c1', 'Repairs now']], new Map([['c2', 'Rent strike 2025']]))
    expect([...names]).toEqual([['c1', 'Repairs now']])
    expect(names.size).toBe(1)
    expect(names.get('c2')).toBe('Rent strike 2025')
    expect(names.has('c2')).toBe(true)
    expect(names.get('c3')).toBeUndefined()
  })
})
