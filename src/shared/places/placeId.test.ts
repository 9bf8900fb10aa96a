import { describe, expect, it } from 'vitest'
import { addressKey, placeIdFor } from './placeId'

describe('placeIdFor', () => {
  it('gives one id to one building however its address is typed', () => {
    expect(addressKey('12 Main St.')).toBe('12 main street')
    expect(placeIdFor('12 Main St.')).toBe(placeIdFor('12  main street'))
    expect(placeIdFor('12 Main St.')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('tells different buildings apart, and has no id for no address', () => {
    expect(placeIdFor('12 Main St')).not.toBe(placeIdFor('14 Main St'))
    expect(placeIdFor('  ')).toBeUndefined()
  })
})
