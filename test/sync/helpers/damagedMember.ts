import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { SyncOptions } from '../../../src/core/sync/NotebookSync'
import { newContactDoc } from '../../../src/shared/contacts/contact'
import { flipRange, seeded } from '../../support/damage'
import { closeDevice, contactName, founder, joiner, until, type Device } from './devices'

/**
 * Alice with 64 comrades, and bob, a member who had them all, now closed with every chunk of
 * the contacts shard holding c7 damaged on his disk (nothing of it loads). Returns the damaged
 * chunk files and the shard's document id.
 */
export async function memberWithDamagedShard(transport: (name: string) => Partial<SyncOptions>, seed: number): Promise<{ alice: Device; bob: Device; shard: string; chunks: string[] }> {
  const alice = await founder('alice', transport('alice'))
  const bob = await joiner(alice, 'bob', transport('bob'))
  await alice.notebook.putRecords('contacts', Array.from({ length: 64 }, (_, i) => newContactDoc(`c${i}`, { name: `Comrade ${i}` }, Date.now())))
  await until(async () => (await contactName(bob, 'c63')) === 'Comrade 63', 20_000, 'first sync')
  await bob.notebook.loadAll('contacts')
  const shard = (await bob.notebook.shardOf('contacts', 'c7')).documentId
  await closeDevice(bob)
  const store = join(bob.dir, 'store', shard)
  const chunks = (await readdir(store, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
  for (const chunk of chunks) await flipRange(chunk, seeded(seed))
  return { alice, bob, shard, chunks }
}
