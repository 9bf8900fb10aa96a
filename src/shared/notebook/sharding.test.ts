import { describe, expect, it } from 'vitest'
import { shardFor } from './sharding'

describe('shardFor', () => {
  it('is stable for an id, so every device puts a record in the same shard', () => {
    expect(shardFor('3f2a9c1e-0000-4000-8000-000000000001', 64)).toBe(shardFor('3f2a9c1e-0000-4000-8000-000000000001', 64))
  })

  it('spreads random ids evenly enough across shards', () => {
    const counts = new Array(64).fill(0)
    for (let i = 0; i < 6400; i++) counts[shardFor(crypto.randomUUID(), 64)]++
    expect(Math.min(...counts)).toBeGreaterThan(50)
    expect(Math.max(...counts)).toBeLessThan(160)
  })
})
