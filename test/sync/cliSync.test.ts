import { spawn } from 'node:child_process'
import { cp, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, describe, expect, it } from 'vitest'
import { Notebook } from '../../src/core/notebook/Notebook'
import { runCaptured } from '../support/cli'
import { newContactDoc } from '../../src/shared/contacts/contact'
import { purgeFromHistory } from '../../src/core/purge/purgeFromHistory'
import { memberWithDamagedShard } from './helpers/damagedMember'
import { addContact, closeDevice, confirmWhenShown, contactName, founder, keys, removeTempDirs, tempDir, testHome, until, type Device } from './helpers/devices'

const cli = (...args: string[]) => runCaptured([...args, '--home', testHome])

const names = async (dir: string, ids: string[]) => {
  const notebook = await Notebook.open(dir, keys)
  const device = { notebook } as Device
  const found = await Promise.all(ids.map((id) => contactName(device, id)))
  await notebook.close()
  return found
}

const storeFiles = async (dir: string) => (await readdir(join(dir, 'store'), { recursive: true })).sort()

describe('massline bundle export | import', () => {
  afterAll(removeTempDirs)

  it('carries one device’s edits to another and merges them with what it had', async () => {
    const alice = await tempDir()
    await (await Notebook.create(alice, 'Tenant union', keys)).close()
    const bob = await tempDir()
    await cp(alice, bob, { recursive: true })
    for (const [dir, id, name] of [[alice, 'a1', 'Rosa'], [bob, 'b1', 'Tomás']] as const) {
      const notebook = await Notebook.open(dir, keys)
      await addContact({ notebook } as Device, id, name)
      await notebook.close()
    }
    const secret = join(await tempDir(), 'passphrase')
    await writeFile(secret, 'correct horse battery staple\n')
    const bundle = join(await tempDir(), 'notebook.massline-bundle')
    expect(await cli('bundle', 'export', '--notebook', alice, '--out', bundle, '--passphrase-file', secret)).toMatchObject({ code: 0 })
    expect((await readFile(bundle)).includes(Buffer.from('Rosa'))).toBe(false)

    const imported = await cli('bundle', 'import', bundle, '--notebook', bob, '--passphrase-file', secret, '--json')
    expect(imported.code).toBe(0)
    expect(JSON.parse(imported.out).documents).toBeGreaterThan(100)
    expect(await names(bob, ['a1', 'b1'])).toEqual(['Rosa', 'Tomás'])
  })

  it('refuses a wrong passphrase and a damaged file with a clear error, changing nothing', async () => {
    const dir = await tempDir()
    await (await Notebook.create(dir, 'Tenant union', keys)).close()
    const secret = join(await tempDir(), 'passphrase')
    await writeFile(secret, 'right')
    const bundle = join(await tempDir(), 'b.massline-bundle')
    await cli('bundle', 'export', '--notebook', dir, '--out', bundle, '--passphrase-file', secret)
    const before = await storeFiles(dir)
    const wrong = join(await tempDir(), 'wrong')
    await writeFile(wrong, 'wrong')
    const refused = await cli('bundle', 'import', bundle, '--notebook', dir, '--passphrase-file', wrong)
    expect(refused.code).toBe(1)
    expect(refused.err).toMatch(/passphrase|key/i)

    const bytes = await readFile(bundle)
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 20) ^ 0xff, bytes.length - 20)
    await writeFile(bundle, bytes)
    expect((await cli('bundle', 'import', bundle, '--notebook', dir, '--passphrase-file', secret)).code).toBe(1)
    expect(await storeFiles(dir)).toEqual(before)
  })

  it('asks for the passphrase instead of taking it on the command line', async () => {
    const { code, err } = await cli('bundle', 'export', '--out', '/tmp/x', '--notebook', await tempDir())
    expect(code).toBe(2)
    expect(err).toMatch(/--passphrase-file FILE or the MASSLINE_PASSPHRASE variable/)
  })
})

describe('massline peer', () => {
  let alice: Device | undefined
  afterAll(async () => {
    if (alice) await closeDevice(alice)
    await removeTempDirs()
  })

  it('joins with an invite over the LAN and keeps a copy of the notebook', async () => {
    const lan = { internet: false as const, lan: { host: '127.0.0.1', interface: '127.0.0.1', queryIntervalMs: 200 } }
    alice = await founder('alice', lan)
    await addContact(alice, 'c1', 'Rosa')
    const invite = await alice.sync.createInvite()
    const peerDir = join(await tempDir(), 'peer')
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/core/cli/main.ts', 'peer', '--notebook', peerDir, '--invite', invite.code, '--no-internet', '--lan-host', '127.0.0.1', '--json', '--home', testHome],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    const lines = createInterface({ input: child.stdout! })
    const { onSas } = confirmWhenShown(alice)
    const seeding = new Promise<void>((resolve, reject) => {
      lines.on('line', (line) => {
        const { log, sas } = JSON.parse(line) as { log?: string; sas?: string }
        if (sas) onSas(sas) // the inviter's user compares the digits the peer prints, and confirms
        if (log?.startsWith('Seeding')) resolve()
      })
      child.once('exit', (code) => reject(new Error(`peer exited with ${code}`)))
    })
    await seeding
    const stopped = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    expect(await stopped).toBe(0)
    expect(await names(peerDir, ['c1'])).toEqual(['Rosa'])
  }, 60_000)

  it('tells a peer that was away of a purge a comrade made meanwhile, on its output', async () => {
    const lan = { internet: false as const, lan: { host: '127.0.0.1', interface: '127.0.0.1', queryIntervalMs: 200 } }
    const founderDevice = await founder('alice', lan)
    await founderDevice.notebook.putRecords('contacts', [newContactDoc('maria', { name: 'Maria Quintanilla' }, Date.now()), newContactDoc('rosa', { name: 'Rosa', knows: ['maria'] }, Date.now())])
    const invite = await founderDevice.sync.createInvite()
    const peerDir = join(await tempDir(), 'peer')
    const peer = (...args: string[]) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/core/cli/main.ts', 'peer', '--notebook', peerDir, ...args, '--no-internet', '--lan-host', '127.0.0.1', '--json', '--home', testHome], { stdio: ['ignore', 'pipe', 'inherit'] })
      const lines: Record<string, unknown>[] = []
      createInterface({ input: child.stdout! }).on('line', (line) => lines.push(JSON.parse(line) as Record<string, unknown>))
      const stop = async () => {
        const stopped = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        expect(await stopped).toBe(0)
      }
      return { lines, stop }
    }
    const { onSas } = confirmWhenShown(founderDevice)
    const joining = peer('--invite', invite.code)
    await until(() => joining.lines.some((l) => typeof l.sas === 'string' && (onSas(l.sas), true)), 30_000, 'the digits')
    await until(() => joining.lines.some((l) => String(l.log ?? '').startsWith('Seeding')), 30_000, 'seeding')
    await until(async () => (await founderDevice.sync.members()).length === 2, 10_000, 'two members')
    await joining.stop()

    await purgeFromHistory(founderDevice.notebook, { kind: 'contact', id: 'maria' }, founderDevice.sync)
    const back = peer()
    await until(() => back.lines.some((l) => l.purgeNotice), 60_000, 'the purge notice')
    const told = back.lines.find((l) => l.purgeNotice)!
    expect(told).toMatchObject({ purgeNotice: { kind: 'contact' }, text: expect.stringMatching(/a comrade removed a person from the notebook's history/) })
    await back.stop()
    await closeDevice(founderDevice)
  }, 120_000)

  it('check --repair-from-peer fetches a damaged document’s lost changes from a member', async () => {
    const lan = { internet: false as const, lan: { host: '127.0.0.1', interface: '127.0.0.1', queryIntervalMs: 200 } }
    const { alice, bob } = await memberWithDamagedShard(() => lan, 5)

    const damaged = await cli('check', '--notebook', bob.dir)
    expect(damaged.code).toBe(1)
    expect(damaged.out).toMatch(/--repair-from-peer/)
    const repaired = await cli('check', '--notebook', bob.dir, '--repair-from-peer', '--no-internet', '--lan-host', '127.0.0.1', '--timeout', '60')
    expect(repaired.out).toMatch(/Fetched the lost changes of 1 document\(s\) from members/)
    expect(repaired.out).toMatch(/every file is intact/)
    expect(repaired.code).toBe(0)
    expect(await names(bob.dir, ['c7', 'c63'])).toEqual(['Comrade 7', 'Comrade 63'])
    await closeDevice(alice)
  }, 120_000)
})
