import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { stillDamaged } from '../../src/shared/damageContract'
import { memberWithDamagedShard } from './helpers/damagedMember'
import { MemoryHub } from './helpers/memoryHub'
import { closeDevice, contactName, openDevice, removeTempDirs, until, viaHub, type Device } from './helpers/devices'

describe('a damaged document with sync on', () => {
  const devices: Device[] = []
  afterAll(async () => {
    await Promise.all(devices.map(closeDevice))
    await removeTempDirs()
  })

  it('gets its lost changes back from a member, and the report says it recovered', async () => {
    const hub = new MemoryHub()
    // Every chunk of the shard holding c7 on bob's disk is damaged: nothing of it loads.
    const { alice, bob, shard, chunks } = await memberWithDamagedShard((name) => viaHub(hub, name), 3)
    devices.push(alice)
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
