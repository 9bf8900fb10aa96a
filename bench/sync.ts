import { mkdtemp, rm } from 'node:fs/promises'
import { networkInterfaces, tmpdir } from 'node:os'
import { join } from 'node:path'
import * as A from '@automerge/automerge'
import createTestnet from 'hyperdht/testnet.js'
import { scalar } from '../src/shared/notebook/scalar'
import type { ContactDoc } from '../src/shared/contacts/contact'
import { Notebook } from '../src/core/notebook/Notebook'
import { generateNotebook } from '../src/core/generate/generateNotebook'
import { acceptInvite } from '../src/core/sync/acceptInvite'
import { nodeKeyVault } from '../src/core/atRest/keyWrappings'
import { NotebookSync } from '../src/core/sync/NotebookSync'
import { percentile, type Report } from './report'

/**
 * Sync over loopback hyperswarm (a local hyperdht testnet): a full copy of a 10k-contact /
 * 5k-note notebook to a new device, and edit propagation between two connected devices.
 * Refuses to run unless the only network interface is loopback (`unshare -n`).
 */
export async function run(report: Report, opts: { quick?: boolean; notebookDir?: string }): Promise<void> {
  const interfaces = Object.keys(networkInterfaces())
  if (interfaces.some((name) => name !== 'lo')) {
    process.stderr.write(
      `bench/sync refused: it opens sockets, so run it in a loopback-only namespace ` +
        `(unshare -n sh -c 'ip link set lo up; npm run bench -- --only sync'); found ${interfaces.join(', ')}\n`,
    )
    return
  }
  const scratch = await mkdtemp(join(tmpdir(), 'massline-bench-sync-'))
  const testnet = await createTestnet(3, { host: '127.0.0.1' })
  const options = { internet: { bootstrap: testnet.bootstrap }, lan: false as const }
  // One data directory for both devices' keys: each notebook copy is opened with its own id's key.
  const keys = nodeKeyVault(join(scratch, 'home'))
  const contacts = opts.quick ? 1_000 : 10_000
  const notes = opts.quick ? 500 : 5_000
  try {
    const seedDir = opts.notebookDir ?? join(scratch, 'seed')
    if (!opts.notebookDir) {
      const fresh = await Notebook.create(seedDir, 'Bench', keys)
      await generateNotebook(fresh, { contacts, notes, leaflets: 5, seed: 7 })
      await fresh.close()
    }
    const seed = await Notebook.open(seedDir, keys)
    const seedSync = await NotebookSync.open(seed, { ...options, deviceName: 'seed' })
    await seedSync.enable()

    const invite = await seedSync.createInvite()
    const peerDir = join(scratch, 'peer')
    let started = performance.now()
    await acceptInvite(invite.code, {
      ...options,
      dir: peerDir,
      keys,
      deviceName: 'new peer',
      timeoutMs: 120_000,
      log: (line) =>
        process.env.SYNC_TRACE && process.stderr.write(`${(performance.now() - started).toFixed(0)} ms ${line}\n`),
    })
    report({
      figure: 'sync.fullCopyToNewPeer',
      value: (performance.now() - started) / 1000,
      unit: 's',
      target: 5,
      note: `${opts.notebookDir ? 'given notebook' : `${contacts} contacts, ${notes} notes`}; invite, find, copy, store`,
    })

    started = performance.now()
    const peer = await Notebook.open(peerDir, keys)
    const peerSync = await NotebookSync.open(peer, options)
    await peerSync.enable()
    report({
      figure: 'sync.newPeerOpenAndLoadAll',
      value: (performance.now() - started) / 1000,
      unit: 's',
      note: 'open the copy and load every document (Automerge load, as on any cold open)',
    })
    started = performance.now()
    while (!peerSync.status().peers.length) await new Promise((r) => setTimeout(r, 20))
    report({ figure: 'sync.reconnect', value: performance.now() - started, unit: 'ms' })

    // One contact edited again and again. automerge-repo batches a document's outgoing sync for
    // 100 ms after the last one, so edits in a burst wait up to that; isolated edits do not.
    const ids = Object.keys((await seed.shard<ContactDoc>('contacts', 0)).doc().records)
    const propagation = async (gapMs: number): Promise<number[]> => {
      const samples: number[] = []
      for (let i = 0; i < (opts.quick ? 10 : 40); i++) {
        const id = ids[i % ids.length]!
        const source = await seed.shardOf<ContactDoc>('contacts', id)
        const target = await peer.shardOf<ContactDoc>('contacts', id)
        const start = performance.now()
        source.change((d) => (d.records[id]!.unit = scalar(`Apt ${i}.${Date.now()}`)))
        const heads = A.getHeads(source.doc())
        while (!A.hasHeads(target.doc(), heads)) await new Promise((r) => setTimeout(r, 1))
        samples.push(performance.now() - start)
        await new Promise((r) => setTimeout(r, gapMs))
      }
      return samples
    }
    const isolated = await propagation(150)
    report({ figure: 'sync.editPropagation.p50', value: percentile(isolated, 50), unit: 'ms', target: 100 })
    report({ figure: 'sync.editPropagation.p95', value: percentile(isolated, 95), unit: 'ms' })
    const burst = await propagation(20)
    report({
      figure: 'sync.editPropagation.burst.p50',
      value: percentile(burst, 50),
      unit: 'ms',
      target: 100,
      note: 'an edit every 20 ms: bounded by automerge-repo batching (100 ms)',
    })

    await Promise.all([peerSync.disable(), seedSync.disable()])
    await Promise.all([peer.close(), seed.close()])
  } finally {
    await testnet.destroy()
    await new Promise((r) => setTimeout(r, 1_000)) // automerge-repo writes sync states on a throttle after shutdown
    await rm(scratch, { recursive: true, force: true, maxRetries: 3 })
  }
}
