import NoiseSecretStream from '@hyperswarm/secret-stream'
import { describe, expect, it } from 'vitest'
import { gatedSource } from '../../src/core/sync/gate'
import { randomBytes } from '../../src/core/sync/keys'
import { chaosPair } from './helpers/chaosLink'
import { until } from './helpers/devices'

describe('the gate', () => {
  it('drops a connection whose handshake goes silent instead of holding it open', async () => {
    // Nothing gets through: the Noise handshake never completes.
    const [rawA, rawB] = chaosPair({ loss: 1 })
    const ours = new NoiseSecretStream(true, rawA)
    const theirs = new NoiseSecretStream(false, rawB)
    for (const s of [ours, theirs]) s.on('error', () => {})
    const source = gatedSource([{ start: async (onStream) => onStream(ours), stop: async () => {} }], {
      keys: () => [{ mode: 'member', key: randomBytes(32) }],
      banned: new Set(),
      onSideChannel: () => {},
      authTimeoutMs: 300,
    })
    await source.start(() => {})
    await until(() => ours.destroyed, 5_000, 'the silent connection dropped')
    theirs.destroy()
    expect(ours.destroyed).toBe(true)
  })
})
