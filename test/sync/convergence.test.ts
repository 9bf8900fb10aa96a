import * as A from '@automerge/automerge'
import type { AutomergeUrl, DocumentId } from '@automerge/automerge-repo'
import { afterAll, describe, expect, it } from 'vitest'
import { scalar } from '../../src/shared/notebook/scalar'
import { newContactDoc } from '../../src/shared/contacts/contact'
import { MemoryHub } from './helpers/memoryHub'
import {
  addContact,
  closeDevice,
  contactName,
  founder,
  headsOf,
  joiner,
  removeTempDirs,
  until,
  viaHub,
  type Device,
} from './helpers/devices'

interface Leaflet {
  text: string
}

describe('three devices editing while partitioned', () => {
  const devices: Device[] = []
  afterAll(async () => {
    await Promise.all(devices.map(closeDevice))
    await removeTempDirs()
  })

  it('converge to equal heads with every edit present, over a laggy, lossy link', async () => {
    const hub = new MemoryHub()
    Object.assign(hub.chaos, { delayMs: [0, 4], fragment: true })
    const alice = await founder('alice', viaHub(hub, 'alice'))
    devices.push(alice)
    const bob = await joiner(alice, 'bob', viaHub(hub, 'bob'))
    devices.push(bob)
    const carol = await joiner(alice, 'carol', viaHub(hub, 'carol'))
    devices.push(carol)

    const leaflet = alice.notebook.repo.create<Leaflet>({
      text: 'Rent strike! ',
    })
    alice.notebook.root.change((d) => (d.leaflets.strike = scalar(leaflet.url)))
    await alice.notebook.putRecords('contacts', [
      newContactDoc('shared-contact', { name: 'Rosa', notes: 'Calls: ' }, 1),
    ])
    await until(async () => (await contactName(carol, 'shared-contact')) === 'Rosa', 15_000, 'first sync')
    const leafletId = leaflet.documentId
    await until(() => bob.notebook.belongs(leafletId) && carol.notebook.belongs(leafletId), 15_000, 'leaflet listed')
    await until(
      async () => new Set(await Promise.all(devices.map((d) => headsOf(d, leafletId)))).size === 1,
      15_000,
      'leaflet copied',
    )

    hub.partition([['alice'], ['bob'], ['carol']])
    for (const device of devices) {
      const handle = await device.notebook.repo.find<Leaflet>(leaflet.url as AutomergeUrl)
      handle.change((d) => A.splice(d, ['text'], d.text.length, 0, `${device.name} was here. `))
      await addContact(device, `contact-of-${device.name}`, `Met by ${device.name}`)
      const shared = await device.notebook.shardOf('contacts', 'shared-contact')
      shared.change((d) => {
        const record = d.records['shared-contact'] as unknown as {
          notes: string
        }
        A.splice(d, ['records', 'shared-contact', 'notes'], record.notes.length, 0, `${device.name} called. `)
      })
    }

    // heal through a bad patch: lost and duplicated chunks break Noise sessions, which redial
    Object.assign(hub.chaos, { loss: 0.02, duplicate: 0.02 })
    hub.heal()
    await new Promise((r) => setTimeout(r, 500))
    Object.assign(hub.chaos, { loss: 0, duplicate: 0 })

    const watched: DocumentId[] = [
      leafletId,
      alice.notebook.root.documentId,
      ...(await Promise.all(
        ['shared-contact', ...devices.map((d) => `contact-of-${d.name}`)].map(
          async (id) => (await alice.notebook.shardOf('contacts', id)).documentId,
        ),
      )),
    ]
    await until(
      async () => {
        for (const id of watched) {
          const heads = await Promise.all(devices.map((d) => headsOf(d, id)))
          if (new Set(heads).size !== 1) return false
        }
        return true
      },
      // About 7 s alone; the unit suite runs it beside CPU-heavy files (Argon2, the generator) on 2 cores.
      45_000,
      'equal heads',
    ).catch((e) => {
      if (!process.env.SYNC_DEBUG) throw e
      for (const d of devices) console.log(d.name, JSON.stringify(d.sync.status()), d.log.slice(-15))
      return Promise.all(
        watched.map(async (id) => console.log('HEADS', id, await Promise.all(devices.map((d) => headsOf(d, id))))),
      ).then(() => {
        throw e
      })
      throw e
    })

    for (const device of devices) {
      const text = (await device.notebook.repo.find<Leaflet>(leaflet.url)).doc().text
      for (const author of devices) expect(text).toContain(`${author.name} was here.`)
      for (const author of devices)
        expect(await contactName(device, `contact-of-${author.name}`)).toBe(`Met by ${author.name}`)
      const shared = await device.notebook.shardOf('contacts', 'shared-contact')
      const notes = (shared.doc().records['shared-contact'] as unknown as { notes: string }).notes
      for (const author of devices) expect(notes).toContain(`${author.name} called.`)
    }
    expect(
      alice.sync
        .members()
        .map((m) => m.name)
        .sort(),
    ).toEqual(['alice', 'bob', 'carol'])
  }, 90_000)
})
