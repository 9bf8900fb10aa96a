import { runNetworkAdapterTests } from '@automerge/automerge-repo/helpers/tests/network-adapter-tests.js'
import { SecretStreamNetworkAdapter } from '../../src/core/sync/SecretStreamNetworkAdapter'
import { randomBytes } from '../../src/core/sync/keys'
import { MemoryHub } from './helpers/memoryHub'

runNetworkAdapterTests(async () => {
  const hub = new MemoryHub()
  const keys = [{ mode: 'member' as const, key: randomBytes(32) }]
  const adapters = (['a', 'b', 'c'] as const).map((name) => new SecretStreamNetworkAdapter([hub.channels(name, keys)]))
  return {
    adapters: adapters as [SecretStreamNetworkAdapter, SecretStreamNetworkAdapter, SecretStreamNetworkAdapter],
    teardown: () => adapters.forEach((a) => a.disconnect()),
  }
}, 'secret streams, in memory')
