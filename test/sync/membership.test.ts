import { afterAll, describe, expect, it } from 'vitest'
import { acceptInvite } from '../../src/core/sync/acceptInvite'
import { decodeInviteCode } from '../../src/core/sync/inviteCode'
import { MemoryHub } from './helpers/memoryHub'
import {
  addContact,
  closeDevice,
  confirmWhenShown,
  contactName,
  founder,
  keys,
  joiner,
  openDevice,
  removeTempDirs,
  tempDir,
  until,
  viaHub,
  type Device,
} from './helpers/devices'

describe('invite, join, remove and rotate', () => {
  const devices: Device[] = []
  afterAll(async () => {
    await Promise.all(devices.map(closeDevice))
    await removeTempDirs()
  })

  it('works end to end, and a removed device can no longer connect', async () => {
    const hub = new MemoryHub()
    const alice = await founder('alice', viaHub(hub, 'alice'))
    devices.push(alice)

    const invite = await alice.sync.createInvite()
    expect(invite.qrSvg).toContain('<svg')
    expect(invite.qrPngDataUrl).toMatch(/^data:image\/png;base64,/)
    expect(invite.code).not.toContain(alice.sync.secret().toString('hex'))
    expect(decodeInviteCode(invite.code).pairingKey.equals(alice.sync.secret())).toBe(false)
    expect(decodeInviteCode(invite.code).inviterKey).toBe(alice.sync.deviceKey)
    expect(() => decodeInviteCode(invite.code.slice(0, -3) + 'AAA')).toThrow(/mistyped/)

    await addContact(alice, 'c1', 'Rosa')
    const bobDir = await tempDir()
    const joined = await acceptInvite(invite.code, {
      dir: bobDir,
      deviceName: 'bob',
      keys,
      timeoutMs: 10_000,
      ...confirmWhenShown(alice),
      ...viaHub(hub, 'bob'),
    })
    expect(joined.notebookId).toBe(alice.notebook.id)
    // one-time: the same code is refused afterwards
    await expect(
      acceptInvite(invite.code, {
        dir: await tempDir(),
        deviceName: 'mallory',
        keys,
        timeoutMs: 1_500,
        ...viaHub(hub, 'mallory'),
      }),
    ).rejects.toThrow(/Could not reach the inviting device/)

    const bob = await openDevice('bob', bobDir, viaHub(hub, 'bob'))
    devices.push(bob)
    expect(await contactName(bob, 'c1')).toBe('Rosa')
    const carol = await joiner(alice, 'carol', viaHub(hub, 'carol'))
    devices.push(carol)
    await until(() => bob.sync.members().some((m) => m.name === 'carol'), 20_000, 'roster gossip')
    await until(() => alice.sync.members().every((m) => m.lastSeen > 0), 10_000, 'alice meets everyone')
    const members = alice.sync.members()
    expect(members.map((m) => m.name).sort()).toEqual(['alice', 'bob', 'carol'])
    expect(members.find((m) => m.thisDevice)?.name).toBe('alice')
    expect(members.every((m) => m.lastSeen > 0)).toBe(true)

    const oldSecret = alice.sync.secret()
    await alice.sync.removeMember(carol.sync.deviceKey)
    expect(
      alice.sync
        .members()
        .map((m) => m.name)
        .sort(),
    ).toEqual(['alice', 'bob'])
    await until(() => bob.sync.status().epoch === 1, 10_000, 'bob handed the new secret')
    await until(() => bob.sync.status().peers.some((p) => p.deviceKey === alice.sync.deviceKey), 10_000, 'reconnect')

    await addContact(alice, 'c2', 'Assata')
    await until(async () => (await contactName(bob, 'c2')) === 'Assata', 10_000, 'sync after rotation')
    await new Promise((r) => setTimeout(r, 1_000))
    expect(await contactName(carol, 'c2')).toBeUndefined()
    expect(await contactName(carol, 'c1')).toBe('Rosa') // a removed device keeps what it had
    expect(carol.sync.secret().equals(oldSecret)).toBe(true) // the new secret was never sealed to it
    expect(alice.sync.secret().equals(oldSecret)).toBe(false)
    expect(carol.sync.status().peers).toEqual([])
    expect(alice.sync.banned.has(carol.sync.deviceKey)).toBe(true)
  }, 90_000)
})
