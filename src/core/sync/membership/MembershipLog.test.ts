import NoiseSecretStream from '@hyperswarm/secret-stream'
import { describe, expect, it } from 'vitest'
import { MembershipLog } from './MembershipLog'
import { keyIdOf, newSecret, openSecret, sealSecret, type DeviceKeys } from './opCrypto'

const device = (): DeviceKeys & { key: string } => {
  const pair = NoiseSecretStream.keyPair()
  return { ...pair, key: pair.publicKey.toString('hex') }
}
const notebook = { notebookId: 'nb1', rootUrl: 'automerge:abc' }

function founded() {
  const alice = device()
  const secret = newSecret()
  const keyId = keyIdOf(secret)
  const seed = new MembershipLog({ ...notebook, genesis: 'x' })
  const genesis = seed.append(alice, {
    kind: 'genesis',
    ...notebook,
    members: [{ deviceKey: alice.key, name: 'alice' }],
    keyId,
    legacy: false,
    removed: [],
  })
  const log = new MembershipLog({ ...notebook, genesis: seed.heads()[0]! }, [genesis])
  return { alice, log, keyId, secret }
}

const fork = (log: MembershipLog) => new MembershipLog(log.anchor, log.ops())

describe('MembershipLog', () => {
  it('makes a device a member only through a signed add by a member', () => {
    const { alice, log, keyId } = founded()
    const bob = device()
    const stranger = device()
    log.append(alice, { kind: 'add', deviceKey: bob.key, name: 'bob', keyId })
    log.append(stranger, { kind: 'add', deviceKey: device().key, name: 'plant', keyId })
    expect([...log.state.members.keys()].sort()).toEqual([alice.key, bob.key].sort())
    expect(log.state.ignored).toBe(1)
    expect(log.state.needsRotation).toBe(false)
  })

  it('refuses a forged or altered signature', () => {
    const { alice, log, keyId } = founded()
    const other = fork(log)
    const op = other.append(alice, { kind: 'add', deviceKey: device().key, name: 'bob', keyId })
    expect(log.merge([{ ...op, body: { ...op.body, name: 'mallory' } as typeof op.body }])).toEqual([])
    expect(log.merge([{ ...op, sig: '0'.repeat(128) }])).toEqual([])
    expect(log.merge([op])).toHaveLength(1)
  })

  it('removes the devices a removed member added, and rotates to the rest only', () => {
    const { alice, log, keyId } = founded()
    const mallory = device()
    const planted = device()
    log.append(alice, { kind: 'add', deviceKey: mallory.key, name: 'mallory', keyId })
    log.append(mallory, { kind: 'add', deviceKey: planted.key, name: 'phone', keyId })
    const secret = newSecret()
    log.append(alice, { kind: 'remove', deviceKey: mallory.key, keep: [], boxes: sealSecret(secret, [alice.key]) })
    expect([...log.state.members.keys()]).toEqual([alice.key])
    expect(log.state.history.at(-1)).toMatchObject({ kind: 'removed', target: mallory.key, cascade: [planted.key] })
    expect(openSecret(lastBoxes(log), planted)).toBeUndefined()
    expect(openSecret(lastBoxes(log), alice)?.equals(secret)).toBe(true)
    expect(log.state.epoch).toBe(1)
    // a later add by the removed member, or by its planted device, does not count
    log.append(planted, { kind: 'add', deviceKey: device().key, name: 'x', keyId: log.state.keyId })
    expect(log.state.members.size).toBe(1)
  })

  it('converges two concurrent removals on one secret, and asks for a fresh one when a removed device got it', () => {
    const { alice, log, keyId } = founded()
    const [bob, carol, dave] = [device(), device(), device()]
    for (const [d, name] of [[bob, 'bob'], [carol, 'carol'], [dave, 'dave']] as const) {
      log.append(alice, { kind: 'add', deviceKey: d.key, name, keyId })
    }
    const atBob = fork(log)
    log.append(alice, { kind: 'remove', deviceKey: carol.key, keep: [], boxes: sealSecret(newSecret(), [alice.key, bob.key, dave.key]) })
    atBob.append(bob, { kind: 'remove', deviceKey: dave.key, keep: [], boxes: sealSecret(newSecret(), [alice.key, bob.key, carol.key]) })
    log.merge(atBob.ops())
    atBob.merge(log.ops())
    expect(log.state.keyId).toBe(atBob.state.keyId)
    expect([...log.state.members.keys()].sort()).toEqual([alice.key, bob.key].sort())
    expect(log.state.needsRotation).toBe(true)
    // both fix it at once; the two fixes resolve to one
    log.append(alice, { kind: 'rotate', boxes: sealSecret(newSecret(), [alice.key, bob.key]) })
    atBob.append(bob, { kind: 'rotate', boxes: sealSecret(newSecret(), [alice.key, bob.key]) })
    log.merge(atBob.ops())
    atBob.merge(log.ops())
    expect(log.state.keyId).toBe(atBob.state.keyId)
    expect(log.state.needsRotation).toBe(false)
  })

  it('trusts rosters carried over from the gossip era only until the first removal', () => {
    const [alice, bob, mallory] = [device(), device(), device()]
    const anchor = { ...notebook, genesis: 'legacy' }
    const keyId = keyIdOf(newSecret())
    const carried = (d: DeviceKeys & { key: string }, members: string[]) => {
      const l = new MembershipLog(anchor)
      l.append(d, { kind: 'genesis', ...notebook, members: members.map((k) => ({ deviceKey: k, name: k.slice(0, 4) })), keyId, legacy: true, removed: [] })
      return l.ops()
    }
    const log = new MembershipLog(anchor, [...carried(alice, [alice.key, bob.key, mallory.key]), ...carried(bob, [bob.key, alice.key])])
    expect(log.state.members.size).toBe(3)
    log.append(alice, { kind: 'remove', deviceKey: mallory.key, keep: [], boxes: sealSecret(newSecret(), [alice.key, bob.key]) })
    const planted = device()
    log.merge(carried(mallory, [mallory.key, planted.key]))
    expect([...log.state.members.keys()].sort()).toEqual([alice.key, bob.key].sort())
  })
})

function lastBoxes(log: MembershipLog): Record<string, string> {
  const body = log.ops().find((op) => op.body.kind === 'remove')!.body
  return body.kind === 'remove' ? body.boxes : {}
}
