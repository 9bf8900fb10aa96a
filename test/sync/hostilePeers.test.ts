import NoiseSecretStream from '@hyperswarm/secret-stream'
import { generateAutomergeUrl, parseAutomergeUrl, type DocumentId } from '@automerge/automerge-repo'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeFrame, encodeFrame, MAX_FRAME_BYTES, type Frame } from '../../src/shared/sync/frames'
import { authenticate, type AccessKey, type Authenticated } from '../../src/core/sync/authenticate'
import { randomBytes } from '../../src/core/sync/keys'
import { claimInvite, type Grant } from '../../src/core/sync/handover'
import { decodeInviteCode } from '../../src/core/sync/inviteCode'
import { sendLog } from '../../src/core/sync/logExchange'
import { allDocumentUrls } from '../../src/shared/notebook/rootDoc'
import { MemoryHub } from './helpers/memoryHub'
import { closeDevice, confirmWhenShown, founder, headsOf, joiner, removeTempDirs, until, viaHub, type Device } from './helpers/devices'

/** A device under test control: it authenticates (or not) and then does what it is told. */
function rogue(
  hub: MemoryHub,
  name: string,
  keys: AccessKey[] | 'silent' | 'wrong proof',
  onAuthenticated: (connection: Authenticated) => void = () => {},
  keyPair = NoiseSecretStream.keyPair(),
) {
  const connections: Array<{ connection: Authenticated; frames: Frame[] }> = []
  const raw: Buffer[] = []
  const source = hub.streams(name, keyPair)
  void source.start((stream) => {
    stream.on('error', () => {})
    if (typeof keys === 'string') {
      stream.on('data', (d: Buffer) => d.byteLength && raw.push(d))
      if (keys === 'wrong proof') stream.write(encodeFrame('auth', { v: 2, proofs: Array.from({ length: 32 }, () => randomBytes(32).toString('hex')) }))
      return
    }
    void authenticate(stream, keys, 1_000).then(
      (connection) => {
        const entry = { connection, frames: [] as Frame[] }
        connections.push(entry)
        connection.channel.setHandler((frame) => entry.frames.push(frame))
        onAuthenticated(connection)
      },
      () => {},
    )
  })
  return { key: keyPair.publicKey.toString('hex'), connections, raw, stop: () => source.stop() }
}

const kinds = (raw: Buffer[]) => raw.map((d) => decodeFrame(d)).map((d) => (d.ok ? d.frame.kind : 'undecodable'))

describe('hostile peers', () => {
  const hub = new MemoryHub()
  let alice: Device
  let bob: Device
  let rootHeads: string
  beforeAll(async () => {
    hub.redialMs = 200
    alice = await founder('alice', viaHub(hub, 'alice'))
    bob = await joiner(alice, 'bob', viaHub(hub, 'bob'))
    rootHeads = await headsOf(alice, alice.notebook.root.documentId)
  })
  afterAll(async () => {
    await closeDevice(alice)
    await closeDevice(bob)
    await removeTempDirs()
  })

  it('rejects and bans a peer with the topic but the wrong secret; it receives nothing', async () => {
    const intruder = rogue(hub, 'intruder', 'wrong proof')
    await until(() => alice.sync.banned.has(intruder.key) && bob.sync.banned.has(intruder.key), 5_000, 'ban')
    expect(new Set(kinds(intruder.raw))).toEqual(new Set(['auth']))
    await intruder.stop()
  })

  it('shows a stranger the same 32 proofs whether a device holds one secret or has invites open', async () => {
    const proofsSeen = async (name: string) => {
      const intruder = rogue(hub, name, 'wrong proof')
      await until(() => alice.sync.banned.has(intruder.key), 5_000, 'ban')
      await intruder.stop()
      return intruder.raw
        .map((d) => decodeFrame(d))
        .flatMap((d) => (d.ok && d.frame.kind === 'auth' ? [d.frame] : []))
        .map((frame) => ({ proofs: (frame.header as { proofs: string[] }).proofs.length, bytes: encodeFrame('auth', frame.header).byteLength }))
    }
    const before = await proofsSeen('counter-1')
    for (let i = 0; i < 5; i++) await alice.sync.createInvite()
    const after = await proofsSeen('counter-2')
    expect(before.length).toBeGreaterThan(0)
    for (const seen of [...before, ...after]) expect(seen).toEqual({ proofs: 32, bytes: before[0]!.bytes })
  })

  it('rejects a peer proving another key, which in turn learns nothing', async () => {
    const intruder = rogue(hub, 'other-key', [{ mode: 'member', key: randomBytes(32) }])
    await until(
      () => alice.log.some((l) => l.startsWith(`rejected peer ${intruder.key.slice(0, 8)}`)),
      5_000,
      'rejection',
    )
    expect(intruder.connections).toHaveLength(0)
    await intruder.stop()
  })

  it('drops and bans a peer that does not prove anything in time', async () => {
    const mute = rogue(hub, 'mute', 'silent')
    await until(() => alice.sync.banned.has(mute.key), 10_000, 'ban of a silent peer')
    expect(new Set(kinds(mute.raw))).toEqual(new Set(['auth']))
    await mute.stop()
  })

  /** A member, let in by Alice through a confirmed invite, that breaks the protocol after its hello. */
  async function misbehave(name: string, act: (c: Authenticated, alicePeerId: string) => void, banWithinMs = 5_000): Promise<void> {
    const keyPair = NoiseSecretStream.keyPair()
    const { pairingKey } = decodeInviteCode((await alice.sync.createInvite()).code)
    let claimant: ReturnType<typeof rogue> | undefined
    const granted = await new Promise<Grant>((resolve) => {
      claimant = rogue(hub, `${name}-joining`, [{ mode: 'invite', key: pairingKey }], (c) => {
        if (c.remoteKey === alice.sync.deviceKey) void claimInvite(c, name, confirmWhenShown(alice).onSas, 10_000).then(resolve, () => {})
      }, keyPair)
    })
    await claimant?.stop()
    const memberKey = Buffer.from(granted.handover.secret, 'hex')
    const evil = rogue(hub, name, [{ mode: 'member', key: memberKey }], (c) => sendLog(c.channel, granted.ops), keyPair)
    const hellos = () => evil.connections.filter((c) => c.frames.some((f) => f.kind === 'hello'))
    await until(() => hellos().length >= 2, 5_000, 'hellos')
    for (const { connection, frames } of hellos()) {
      const hello = frames.find((f) => f.kind === 'hello')!.header as { peerId: string }
      connection.channel.send('hello', { peerId: `evil-${name}`, peerMetadata: {} })
      act(connection, hello.peerId)
    }
    await until(() => alice.sync.banned.has(evil.key) && bob.sync.banned.has(evil.key), banWithinMs, `ban of ${name}`)
    await until(() => evil.connections.every((c) => c.connection.channel.closed), 5_000, 'disconnection')
    await evil.stop()
    expect(await headsOf(alice, alice.notebook.root.documentId)).toBe(rootHeads)
  }

  it('cuts off a peer sending garbage', async () => {
    await misbehave('garbage', (c) => c.channel.stream.write(Buffer.from('not a frame at all')))
  })

  it('cuts off a peer sending an oversized frame', async () => {
    await misbehave('oversized', (c) => c.channel.stream.write(Buffer.alloc(MAX_FRAME_BYTES + 1, 3)))
  })

  it('cuts off a peer spoofing another senderId', async () => {
    await misbehave('spoofer', (c, target) =>
      c.channel.send(
        'message',
        { type: 'sync', senderId: 'someone-else', targetId: target, documentId: alice.notebook.root.documentId },
        new Uint8Array([1, 2, 3]),
      ),
    )
  })

  it('cuts off a peer with a malformed message header', async () => {
    await misbehave('malformed', (c, target) =>
      c.channel.stream.write(
        encodeFrame('message', { type: 'sync', senderId: 'evil-malformed', targetId: target, documentId: 42 }),
      ),
    )
  })

  it('cuts off a peer asking for documents outside the notebook, serving none of them', async () => {
    const asked: DocumentId[] = []
    await misbehave('prober', (c, target) => {
      for (let i = 0; i < 40; i++) {
        const documentId = parseAutomergeUrl(generateAutomergeUrl()).documentId
        asked.push(documentId)
        c.channel.send(
          'message',
          { type: 'request', senderId: 'evil-prober', targetId: target, documentId },
          new Uint8Array([0x42, 1]),
        )
      }
      // Foreign documents count once the 10 s grace has passed (a purge's new ones race the root listing them).
    }, 20_000)
    for (const id of asked) expect(alice.notebook.repo.handles[id]).toBeUndefined()
  })

  it('still syncs with honest members afterwards', async () => {
    expect(alice.sync.status().peers.map((p) => p.name)).toContain('bob')
    expect(alice.sync.status().errors.length).toBeGreaterThan(0)
    for (const line of alice.log) expect(line).not.toMatch(/Rosa|records/)
  })
})

describe('a second notebook on the same devices', () => {
  afterAll(removeTempDirs)

  it('is never offered to members of the first', async () => {
    const hub = new MemoryHub()
    const first = await founder('alice', viaHub(hub, 'alice-1'))
    const second = await founder('alice', viaHub(hub, 'alice-2'))
    const seen = new Set<string>()
    const bob = await joiner(first, 'bob', viaHub(hub, 'bob'))
    bob.notebook.repo.networkSubsystem.on('message', (m) => 'documentId' in m && seen.add(m.documentId))
    await new Promise((r) => setTimeout(r, 1_000))
    const secondRoot = second.notebook.root.doc()
    const secondIds = [second.notebook.root.url, ...allDocumentUrls(secondRoot)].map(
      (url) => parseAutomergeUrl(url).documentId,
    )
    for (const id of secondIds) {
      expect(seen.has(id)).toBe(false)
      expect(bob.notebook.repo.handles[id]).toBeUndefined()
    }
    expect(bob.sync.status().peers.map((p) => p.deviceKey)).toEqual([first.sync.deviceKey])
    await Promise.all([first, second, bob].map(closeDevice))
  })
})
