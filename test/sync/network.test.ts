import Hyperswarm from 'hyperswarm'
import createTestnet, { type Testnet } from 'hyperdht/testnet.js'
import NoiseSecretStream from '@hyperswarm/secret-stream'
import { runNetworkAdapterTests } from '@automerge/automerge-repo/helpers/tests/network-adapter-tests.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authenticate } from '../../src/core/sync/authenticate'
import { gatedSource } from '../../src/core/sync/gate'
import { randomBytes, topicOf } from '../../src/core/sync/keys'
import { SecretStreamNetworkAdapter } from '../../src/core/sync/SecretStreamNetworkAdapter'
import type { SyncOptions } from '../../src/core/sync/NotebookSync'
import { TcpHub } from './helpers/tcpHub'
import { addContact, closeDevice, contactName, founder, joiner, removeTempDirs, until } from './helpers/devices'

// Real sockets: run inside a loopback-only network namespace (see README), never the public DHT.
const lan = { host: '127.0.0.1', interface: '127.0.0.1', queryIntervalMs: 300 }

describe('internet: hyperswarm over a loopback testnet', () => {
  let testnet: Testnet
  beforeAll(async () => {
    testnet = await createTestnet(3, { host: '127.0.0.1' })
  })
  afterAll(async () => {
    await testnet.destroy()
    await removeTempDirs()
  })

  it('joins by invite, syncs, and refuses a peer on the topic with the wrong secret', async () => {
    const options: Partial<SyncOptions> = { internet: { bootstrap: testnet.bootstrap }, lan: false }
    const alice = await founder('alice', options)
    const bob = await joiner(alice, 'bob', options)
    await addContact(alice, 'c1', 'Rosa')
    await until(async () => (await contactName(bob, 'c1')) === 'Rosa', 15_000, 'sync over hyperswarm')

    const intruder = new Hyperswarm({ bootstrap: testnet.bootstrap })
    const received: string[] = []
    intruder.on('connection', (stream: NoiseSecretStream) => {
      stream.on('error', () => {})
      void authenticate(stream, [{ mode: 'member', key: randomBytes(32) }], 2_000).then(
        () => received.push('authenticated'),
        () => {},
      )
    })
    await intruder.join(topicOf(alice.sync.secret()), { server: false, client: true }).flushed()
    const intruderKey = intruder.keyPair.publicKey.toString('hex')
    await until(() => alice.sync.banned.has(intruderKey) || bob.sync.banned.has(intruderKey), 15_000, 'intruder banned')
    expect(received).toEqual([])
    await intruder.destroy()
    await Promise.all([closeDevice(alice), closeDevice(bob)])
  })
})

describe('LAN without internet: mDNS + TCP on loopback', () => {
  afterAll(removeTempDirs)

  it('joins by invite and syncs', async () => {
    const options: Partial<SyncOptions> = { internet: false, lan }
    const alice = await founder('alice', options)
    const bob = await joiner(alice, 'bob', options)
    await addContact(bob, 'c1', 'Fred')
    await until(async () => (await contactName(alice, 'c1')) === 'Fred', 15_000, 'sync over the LAN')
    await Promise.all([closeDevice(alice), closeDevice(bob)])
  })
})

runNetworkAdapterTests(async () => {
  const secret = randomBytes(32)
  const hub = new TcpHub()
  const adapters = await Promise.all(
    [0, 1, 2].map(async () => {
      const source = gatedSource([await hub.streams()], {
        keys: () => [{ mode: 'member', key: secret }],
        banned: new Set(),
        onSideChannel: () => {},
      })
      return new SecretStreamNetworkAdapter([source])
    }),
  )
  return {
    adapters: adapters as [SecretStreamNetworkAdapter, SecretStreamNetworkAdapter, SecretStreamNetworkAdapter],
    teardown: () => {
      adapters.forEach((a) => a.disconnect())
      hub.close()
    },
  }
}, 'secret streams over loopback TCP')
