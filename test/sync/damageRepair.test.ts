import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { newContactDoc } from '../../src/shared/contacts/contact'
import { stillDamaged } from '../../src/shared/damageContract'
import { flipRange, seeded } from '../support/damage'
import { MemoryHub } from './helpers/memoryHub'
import { closeDevice, contactName, founder, joiner, openDevice, removeTempDirs, until, viaHub, type Device } from './helpers/devices'

describe('a damaged document with sync on', () => {
  const devices: Device[] = []
  afterAll(async () => {
    await Promise.all(devices.map(closeDevice))
    await removeTempDirs()
  })

  it('gets its lost changes back from a member, and the report says it recovered', async () => {
    const hub = new MemoryHub()
    const alice = await founder('alice', viaHub(hub, 'alice'))
    devices.push(alice)
    const bob = await joiner(alice, 'bob', viaHub(hub, 'bob'))
    await alice.notebook.putRecords('contacts', Array.from({ length: 64 }, (_, i) => newContactDoc(`c${i}`, { name: `Comrade ${i}` }, Date.now())))
    await until(async () => (await contactName(bob, 'c63')) === 'Comrade 63', 20_000, 'first sync')
    await bob.notebook.loadAll('contacts')
    const shard = (await bob.notebook.shardOf('contacts', 'c7')).documentId
    await closeDevice(bob)

    // Every chunk of the shard holding c7 on bob's disk is damaged: nothing of it loads.
    const store = join(bob.dir, 'store', shard)
    const chunks = (await readdir(store, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
    for (const chunk of chunks) await flipRange(chunk, seeded(3))
    const damaged = await Promise.all(chunks.map((c) => readFile(c)))

    const again = await openDevice('bob', bob.dir, viaHub(hub, 'bob'))
    devices.push(again)
    await until(async () => (await again.notebook.damage()).documents.some((d) => d.documentId === shard), 20_000, 'damage found')
    await until(async () => stillDamaged(await again.notebook.damage()).length === 0, 30_000, 'changes back from alice')
    expect(await contactName(again, 'c7')).toBe('Comrade 7')
    const [doc] = (await again.notebook.damage()).documents
    expect(doc).toMatchObject({ label: expect.stringMatching(/^contacts shard \d+$/), recovered: true })
    expect(doc!.records.map((r) => r.id)).toContain('c7')
    // The damaged bytes are still kept.
    const kept = (await readdir(join(bob.dir, 'quarantine'))).filter((n) => n.endsWith('.chunk'))
    const bytes = await Promise.all(kept.map((n) => readFile(join(bob.dir, 'quarantine', n))))
    for (const original of damaged) expect(bytes.some((b) => b.equals(original))).toBe(true)
  }, 120_000)
})
