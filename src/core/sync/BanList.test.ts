import { describe, expect, it } from 'vitest'
import { BanList } from './BanList'

describe('bans that cost an attacker something', () => {
  it('refuses an address that keeps failing with fresh device keys, whatever key it brings next', () => {
    const bans = new BanList({ failuresPerWindow: 8, windowMs: 60_000, banMs: 3_600_000 })
    const now = 1_000_000
    for (let i = 0; i < 8; i++) {
      bans.add(`fresh-key-${i}`) // each key is free to make: banning keys alone stops nothing
      expect(bans.failure('203.0.113.7:4000', now + i)).toBe(false)
    }
    expect(bans.failure('203.0.113.7:4000', now + 8)).toBe(true)
    expect(bans.addressRefused('203.0.113.7:4000', now + 9)).toBe(true)
    // a member at another address is not punished for the flood
    expect(bans.addressRefused('198.51.100.2:4000', now + 9)).toBe(false)
    // the refusal expires
    expect(bans.addressRefused('203.0.113.7:4000', now + 8 + 3_600_001)).toBe(false)
  })

  it('forgives slow failures: a few wrong proofs spread over time are not a flood', () => {
    const bans = new BanList({ failuresPerWindow: 8, windowMs: 60_000 })
    for (let i = 0; i < 30; i++) expect(bans.failure('192.0.2.1:1', i * 61_000)).toBe(false)
  })

  it('stays bounded under a flood of keys and addresses, oldest out first', () => {
    const bans = new BanList({ maxEntries: 100, failuresPerWindow: 0 })
    const now = Date.now()
    for (let i = 0; i < 10_000; i++) {
      bans.add(`key-${i}`)
      bans.failure(`10.0.${i >> 8}.${i & 255}:1`, now)
    }
    expect(bans.size).toBe(100)
    expect(bans.has('key-9999')).toBe(true)
    expect(bans.has('key-0')).toBe(false)
    expect(bans.addressRefused(`10.0.${9999 >> 8}.${9999 & 255}:1`, now)).toBe(true)
    expect(bans.addressRefused('10.0.0.0:1', now)).toBe(false)
  })
})
