import * as A from '@automerge/automerge'
import { afterAll, describe, expect, it } from 'vitest'
import { newContactDoc, type ContactDoc } from '../../src/shared/contacts/contact'
import { deniedDocuments, listPurges } from '../../src/shared/purge/purgeLog'
import { addQuote, putNewNote, type NoteShard } from '../../src/shared/notes/noteMutations'
import { purgeFromHistory } from '../../src/core/purge/purgeFromHistory'
import { pendingPurgeNotices } from '../../src/core/purge/purgeNotices'
import { storeFindings } from '../support/decryptedStore'
import { MemoryHub } from './helpers/memoryHub'
import { closeDevice, founder, joiner, keys, openDevice, removeTempDirs, until, viaHub, type Device } from './helpers/devices'

const MARIA = { id: 'contact-maria-0001', name: 'Maria Quintanilla', phone: '+15557654321' }
const SECRET_WORDS = [MARIA.name, MARIA.phone, '555-765-4321', 'landlord never fixes']

async function seed(device: Device): Promise<void> {
  await device.notebook.putRecords('contacts', [
    newContactDoc(MARIA.id, { name: MARIA.name, phones: [MARIA.phone], notes: 'Lives above the laundromat' }, Date.now()),
    newContactDoc('contact-rosa-0002', { name: 'Rosa Flores', knows: [MARIA.id], notes: `Cousin of ${MARIA.name}, call 555-765-4321` }, Date.now()),
  ])
  const notes = await device.notebook.shardOf<never>('notes', 'note-0001')
  notes.change((doc) => {
    const shard = doc as unknown as NoteShard
    putNewNote(shard, 'note-0001', { contactIds: [MARIA.id, 'contact-rosa-0002'] }, Date.now())
    A.splice(shard as A.Doc<unknown>, ['records', 'note-0001', 'body'], 1, 0, `Talked to ${MARIA.name} and Rosa. She said the landlord never fixes the heat.`)
    addQuote(shard, 'note-0001', 'quote-0001', { text: 'the landlord never fixes the heat', contactId: MARIA.id, use: 'public', attribution: MARIA.name }, Date.now())
  })
  await device.notebook.repo.flush()
}

const flushReady = (device: Device) => device.notebook.repo.flush(Object.values(device.notebook.repo.handles).filter((h) => h.isReady()).map((h) => h.documentId))
const findings = async (device: Device) => storeFindings(device.dir, (await keys.load(device.notebook.id))!, SECRET_WORDS)

describe('purging a contact from history', () => {
  const devices: Device[] = []
  afterAll(async () => {
    await Promise.all(devices.map(closeDevice))
    await removeTempDirs()
  })

  it('leaves no trace of them in any member’s decrypted store, and tells a member who was away', async () => {
    const hub = new MemoryHub()
    const alice = await founder('alice', viaHub(hub, 'alice'))
    devices.push(alice)
    const bob = await joiner(alice, 'bob', viaHub(hub, 'bob'))
    devices.push(bob)
    const carolDevice = await joiner(alice, 'carol', viaHub(hub, 'carol'))
    await seed(alice)
    const rosaShard = alice.notebook.shardIndex('contacts', 'contact-rosa-0002')
    for (const member of [bob, carolDevice]) {
      await until(async () => (await member.notebook.shard<ContactDoc>('contacts', rosaShard)).doc().records['contact-rosa-0002'] !== undefined, 20_000, `${member.name} has the contacts`)
      await until(async () => (await member.notebook.shardOf<never>('notes', 'note-0001')).doc()?.records['note-0001'] !== undefined, 20_000, `${member.name} has the note`)
    }
    // The checker sees what a plain deletion leaves behind (once Carol's copy is on disk).
    await flushReady(carolDevice)
    expect(await findings(carolDevice)).not.toEqual([])
    await closeDevice(carolDevice)

    const epoch = alice.sync.status().epoch
    const outcome = await purgeFromHistory(alice.notebook, { kind: 'contact', id: MARIA.id }, alice.sync)
    expect(outcome.rotated).toBe(true)
    expect(outcome.replaced).toBeGreaterThanOrEqual(2)
    expect(alice.sync.status().epoch).toBe(epoch + 1)
    expect(await findings(alice)).toEqual([])
    expect(await pendingPurgeNotices(alice.notebook)).toEqual([])

    // Bob, online, follows: the old documents leave his store and the new ones arrive.
    await until(() => bob.sync.status().epoch === epoch + 1, 20_000, 'bob on the new secret')
    await until(() => listPurges(bob.notebook.root.doc()).length === 1, 20_000, 'bob has the purge')
    for (const old of outcome.entry.documents) expect(bob.notebook.belongs(old as never)).toBe(false)
    await until(async () => (await bob.notebook.shard<ContactDoc>('contacts', rosaShard)).doc()?.records['contact-rosa-0002'] !== undefined, 20_000, 'bob has the new shard')
    await flushReady(bob)
    await until(async () => (await findings(bob)).length === 0, 20_000, `bob's store clean: ${(await findings(bob)).join(', ')}`)
    const rosa = (await bob.notebook.shard<ContactDoc>('contacts', rosaShard)).doc().records['contact-rosa-0002']!
    expect(rosa.knows ?? []).toEqual([])
    expect(String(rosa.notes)).toBe('Cousin of [removed], call [removed]')

    // Carol was away: on her return she is handed the new secret, deletes the old documents and is told.
    const carol = await openDevice('carol', carolDevice.dir, viaHub(hub, 'carol'))
    devices.push(carol)
    await until(() => listPurges(carol.notebook.root.doc()).length === 1, 30_000, 'carol has the purge')
    expect(await pendingPurgeNotices(carol.notebook)).toMatchObject([{ kind: 'contact', documents: outcome.entry.documents.length }])
    await until(async () => (await carol.notebook.shard<ContactDoc>('contacts', rosaShard)).doc()?.records['contact-rosa-0002'] !== undefined, 20_000, 'carol has the new shard')
    await flushReady(carol)
    await until(async () => (await findings(carol)).length === 0, 20_000, `carol's store clean: ${(await findings(carol)).join(', ')}`)
    expect([...deniedDocuments(carol.notebook.root.doc())].sort()).toEqual([...outcome.entry.documents].sort())
  }, 240_000) // three devices joining, a rotation and a full re-sync: minutes on a loaded machine

  it('replacing more documents than the foreign-document limit cuts no member off', async () => {
    // Members judge a peer by how many documents outside the notebook it sends about; a purge
    // legitimately announces many new ones before the root that lists them arrives (and a member
    // behind still syncs the retired ones). The limit is lowered so a handful of documents trips it.
    const hub = new MemoryHub()
    const limit = { ...viaHub(hub, 'alice'), unknownDocumentLimit: 2 }
    const alice = await founder('alice', limit)
    devices.push(alice)
    const bob = await joiner(alice, 'bob', { ...viaHub(hub, 'bob'), unknownDocumentLimit: 2 })
    devices.push(bob)
    await seed(alice)
    // Comrades in other shards who know Maria: each of their shards holds a trace.
    const friends = Array.from({ length: 40 }, (_, i) => `contact-friend-${i}`)
    await alice.notebook.putRecords('contacts', friends.map((id) => newContactDoc(id, { name: `Friend ${id.slice(-2)}`, knows: [MARIA.id] }, Date.now())))
    const last = friends[friends.length - 1]!
    await until(async () => (await bob.notebook.shardOf<ContactDoc>('contacts', last)).doc()?.records[last] !== undefined, 30_000, 'bob has the friends')

    const outcome = await purgeFromHistory(alice.notebook, { kind: 'contact', id: MARIA.id }, alice.sync)
    expect(outcome.replaced).toBeGreaterThan(2 * 2)
    await until(() => listPurges(bob.notebook.root.doc()).length === 1, 30_000, 'bob has the purge')
    await until(async () => (await bob.notebook.shardOf<ContactDoc>('contacts', last)).doc()?.records[last]?.knows?.length === 0, 30_000, 'bob has the new shards')
    // Both still sync: a contact added now reaches the other side.
    await alice.notebook.putRecords('contacts', [newContactDoc('contact-after-0001', { name: 'After Purge' }, Date.now())])
    await until(async () => (await bob.notebook.shardOf<ContactDoc>('contacts', 'contact-after-0001')).doc()?.records['contact-after-0001'] !== undefined, 30_000, 'bob gets what alice adds after')
    expect([...alice.log, ...bob.log].filter((line) => line.includes('foreign documents'))).toEqual([])
    expect(alice.sync.banned.has(bob.sync.deviceKey) || bob.sync.banned.has(alice.sync.deviceKey)).toBe(false)
  }, 240_000)
})
