import { afterAll, describe, expect, it } from 'vitest'
import { acceptInvite } from '../../src/core/sync/acceptInvite'
import { readNotebookMeta } from '../../src/core/notebook/notebookFiles'
import { randomBytes } from '../../src/core/sync/keys'
import { MemoryHub } from './helpers/memoryHub'
import {
  addContact,
  closeDevice,
  confirmWhenShown,
  contactName,
  founder,
  joiner,
  keys,
  removeTempDirs,
  tempDir,
  until,
  viaHub,
  type Device,
} from './helpers/devices'

/**
 * The membership promise tried as a malicious member would (issue 13). Frames are written raw
 * (kind byte, header length, JSON header, body) so the attacks are the same bytes whatever the
 * version under test calls them.
 */
function rawFrame(kind: number, header: unknown, body = new Uint8Array(0)): Buffer {
  const json = Buffer.from(JSON.stringify(header))
  const prefix = Buffer.alloc(5)
  prefix[0] = kind
  prefix.writeUInt32BE(json.byteLength, 1)
  return Buffer.concat([prefix, json, body])
}

const connectedTo = (a: Device, b: Device) => a.sync.status().peers.some((p) => p.deviceKey === b.sync.deviceKey)
const memberNames = (d: Device) => d.sync.members().map((m) => m.name).sort()

describe('membership against insiders', () => {
  const devices: Device[] = []
  const track = (d: Device) => (devices.push(d), d)
  afterAll(async () => {
    await Promise.all(devices.splice(0).map(closeDevice))
    await removeTempDirs()
  })

  it('a planted device gets nothing after its planter is removed', async () => {
    const hub = new MemoryHub()
    const alice = track(await founder('alice', viaHub(hub, 'alice')))
    const bob = track(await joiner(alice, 'bob', viaHub(hub, 'bob')))
    const mallory = track(await joiner(alice, 'mallory', viaHub(hub, 'mallory')))
    const planted = track(await joiner(mallory, 'planted', viaHub(hub, 'planted')))
    await until(() => memberNames(alice).includes('planted'), 20_000, 'alice hears of the planted device')

    await alice.sync.removeMember(mallory.sync.deviceKey)
    await addContact(alice, 'after', 'Assata')
    await until(async () => (await contactName(bob, 'after')) === 'Assata', 30_000, 'bob syncs after the removal')
    await new Promise((r) => setTimeout(r, 2_000))
    expect(await contactName(planted, 'after')).toBeUndefined()
    expect(planted.sync.secret().equals(alice.sync.secret())).toBe(false)
    expect(memberNames(alice)).toEqual(['alice', 'bob'])
    expect(connectedTo(alice, planted) || connectedTo(bob, planted)).toBe(false)
  }, 120_000)

  it('two concurrent removals converge on one secret and keep syncing', async () => {
    const hub = new MemoryHub()
    const alice = track(await founder('alice', viaHub(hub, 'alice')))
    const bob = track(await joiner(alice, 'bob', viaHub(hub, 'bob')))
    const carol = track(await joiner(alice, 'carol', viaHub(hub, 'carol')))
    const dave = track(await joiner(alice, 'dave', viaHub(hub, 'dave')))
    await until(() => memberNames(bob).length === 4, 20_000, 'bob knows every member')

    hub.partition([['alice'], ['bob'], ['carol'], ['dave']])
    await alice.sync.removeMember(carol.sync.deviceKey)
    await bob.sync.removeMember(dave.sync.deviceKey)
    hub.partition([['alice', 'bob'], ['carol'], ['dave']])

    await until(() => alice.sync.secret().equals(bob.sync.secret()) && connectedTo(alice, bob), 40_000, 'one secret')
    await addContact(alice, 'a', 'Rosa')
    await addContact(bob, 'b', 'Tomás')
    await until(async () => (await contactName(bob, 'a')) === 'Rosa' && (await contactName(alice, 'b')) === 'Tomás', 30_000, 'syncing again')
    expect(memberNames(alice)).toEqual(['alice', 'bob'])
    expect(memberNames(bob)).toEqual(['alice', 'bob'])
    for (const gone of [carol, dave]) expect(gone.sync.secret().equals(alice.sync.secret())).toBe(false)
  }, 120_000)

  it('a member cannot evict another without a signed removal every member sees in the member list', async () => {
    const hub = new MemoryHub()
    const alice = track(await founder('alice', viaHub(hub, 'alice')))
    const bob = track(await joiner(alice, 'bob', viaHub(hub, 'bob')))
    const mallory = track(await joiner(alice, 'mallory', viaHub(hub, 'mallory')))
    await until(() => connectedTo(mallory, alice) && connectedTo(alice, bob), 20_000, 'everyone connected')

    // Mallory tells Alice that Bob is removed: a roster with a removed list, and a removal op
    // claiming to be Alice's (Mallory cannot make Alice's signature).
    const bobEntry = { deviceKey: bob.sync.deviceKey, name: 'bob', addedAt: 1, lastSeen: 1 }
    const forged = {
      v: 1,
      by: alice.sync.deviceKey,
      at: Date.now(),
      parents: [],
      body: { kind: 'remove', deviceKey: bob.sync.deviceKey, keep: [], boxes: {} },
      sig: randomBytes(64).toString('hex'),
    }
    hub.endOf('mallory', 'alice')!.write(rawFrame(9, { roster: [bobEntry], removed: [bob.sync.deviceKey], count: 1 }, Buffer.from(JSON.stringify([forged]))))
    await new Promise((r) => setTimeout(r, 2_000))
    expect(memberNames(alice)).toContain('bob')
    await addContact(bob, 'still', 'Rosa')
    await until(async () => (await contactName(alice, 'still')) === 'Rosa', 20_000, 'alice still syncs with bob')

    // A signed removal works, and every member sees who removed whom.
    await mallory.sync.removeMember(bob.sync.deviceKey)
    await until(() => !memberNames(alice).includes('bob'), 20_000, 'alice learns of the removal')
    const entry = alice.sync.history().find((e) => e.kind === 'removed')
    expect(entry).toMatchObject({ by: 'mallory', target: 'bob' })
  }, 120_000)

  it('a forged rekey from a removed device is refused', async () => {
    const hub = new MemoryHub()
    const alice = track(await founder('alice', viaHub(hub, 'alice')))
    const bob = track(await joiner(alice, 'bob', viaHub(hub, 'bob')))
    const carol = track(await joiner(alice, 'carol', viaHub(hub, 'carol')))
    await until(() => connectedTo(bob, carol), 20_000, 'bob and carol connected')
    const before = bob.sync.secret()

    hub.partition([['alice'], ['bob', 'carol']])
    await alice.sync.removeMember(carol.sync.deviceKey)
    await until(() => connectedTo(bob, carol) && !!hub.endOf('carol', 'bob'), 10_000, 'carol reaches bob')
    // Carol, removed, hands Bob (who has not heard yet) a key of her own, as the old rekey frame
    // did, and as a rotation op signed in Alice's name.
    const carolSecret = randomBytes(32).toString('hex')
    const notebook = { id: alice.notebook.id, rootUrl: alice.notebook.root.url, name: 'Tenant union' }
    const roster = [bob, carol].map((d) => ({ deviceKey: d.sync.deviceKey, name: d.name, addedAt: 1, lastSeen: 1 }))
    hub.endOf('carol', 'bob')!.write(rawFrame(6, { secret: carolSecret, epoch: 9, notebook, roster, removed: [alice.sync.deviceKey] }))
    const forgedRotation = {
      v: 1,
      by: alice.sync.deviceKey,
      at: Date.now(),
      parents: [],
      body: { kind: 'rotate', boxes: {} },
      sig: randomBytes(64).toString('hex'),
    }
    hub.endOf('carol', 'bob')!.write(rawFrame(9, { count: 1 }, Buffer.from(JSON.stringify([forgedRotation]))))
    await until(() => !bob.sync.secret().equals(before), 3_000).catch(() => {}) // give a rekey time to land
    expect(bob.sync.secret().toString('hex')).not.toBe(carolSecret)
    expect(bob.sync.secret().equals(before)).toBe(true)

    hub.partition([['alice', 'bob'], ['carol']])
    await until(() => bob.sync.secret().equals(alice.sync.secret()) && connectedTo(alice, bob), 30_000, 'bob moves to alice’s secret')
    await addContact(alice, 'new', 'Assata')
    await until(async () => (await contactName(bob, 'new')) === 'Assata', 20_000, 'bob syncs')
    hub.heal()
    await new Promise((r) => setTimeout(r, 2_000))
    expect(await contactName(carol, 'new')).toBeUndefined()
  }, 120_000)

  it('20 open invites get no one banned', async () => {
    const hub = new MemoryHub()
    const alice = track(await founder('alice', viaHub(hub, 'alice')))
    const bob = track(await joiner(alice, 'bob', viaHub(hub, 'bob')))
    for (let i = 0; i < 20; i++) await alice.sync.createInvite()
    hub.partition([['alice'], ['bob']])
    await until(() => !connectedTo(alice, bob), 10_000, 'disconnected')
    hub.heal()
    await until(() => connectedTo(alice, bob) && connectedTo(bob, alice), 20_000, 'reconnected with 20 open invites')
    expect(bob.sync.banned.has(alice.sync.deviceKey)).toBe(false)
    expect(alice.sync.banned.has(bob.sync.deviceKey)).toBe(false)
  }, 120_000)

  it('an invite used from a photographed QR code, without the inviter’s confirmation, gets nothing', async () => {
    const hub = new MemoryHub()
    const alice = track(await founder('alice', viaHub(hub, 'alice')))
    await addContact(alice, 'c1', 'Rosa')
    const invite = await alice.sync.createInvite()
    const strangerDir = await tempDir()
    const stranger = acceptInvite(invite.code, { dir: strangerDir, deviceName: 'bob', keys, timeoutMs: 5_000, ...viaHub(hub, 'stranger') })
    await expect(stranger).rejects.toThrow()
    expect(await readNotebookMeta(strangerDir)).toBeUndefined()
    expect(memberNames(alice)).toEqual(['alice'])

    // the real invitee, whose digits the inviter compares, still gets in with the same code
    const bobDir = await tempDir()
    await acceptInvite(invite.code, { dir: bobDir, deviceName: 'bob', keys, timeoutMs: 20_000, ...confirmWhenShown(alice), ...viaHub(hub, 'bob') })
    expect(memberNames(alice)).toEqual(['alice', 'bob'])
  }, 120_000)
})
