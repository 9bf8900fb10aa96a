import { afterAll, describe, expect, it } from 'vitest'
import { Notebook } from '../../src/core/notebook/Notebook'
import { NotebookSync, type SyncStatus } from '../../src/core/sync/NotebookSync'
import { runPeer } from '../../src/core/sync/runPeer'
import { keys, removeTempDirs, tempDir, until, confirmWhenShown } from './helpers/devices'

const sockets = () => process.getActiveResourcesInfo().filter((r) => /TCP|UDP|Pipe/.test(r)).length
const lan = { internet: false as const, lan: { host: '127.0.0.1', interface: '127.0.0.1', queryIntervalMs: 200 } }

describe('sync is off by default', () => {
  afterAll(removeTempDirs)

  it('opens no socket until enable(), and closes them on disable()', async () => {
    const dir = await tempDir()
    const notebook = await Notebook.create(dir, 'Quiet', keys)
    const before = sockets()
    const sync = await NotebookSync.open(notebook, lan)
    expect(sync.enabled).toBe(false)
    expect(sync.status()).toMatchObject({ enabled: false, peers: [], documentsPending: 0 })
    expect(sockets()).toBe(before)
    const statuses: SyncStatus[] = []
    sync.on('status', (s: SyncStatus) => statuses.push(s))
    await sync.enable()
    await until(() => sockets() > before, 2_000, 'sockets opened')
    await until(() => statuses.some((s) => s.enabled), 2_000, 'status event')
    await sync.disable()
    await until(() => sockets() === before, 2_000, 'sockets closed')
    await notebook.close()
  })

  it('runPeer seeds a notebook headless and joins one from an invite', async () => {
    const seedDir = await tempDir()
    await (await Notebook.create(seedDir, 'Seeded', keys)).close()
    const seed = await runPeer({ notebookDir: seedDir, keys, ...lan })
    const invite = await seed.sync.createInvite()
    await expect(runPeer({ notebookDir: await tempDir(), keys, ...lan })).rejects.toThrow(/invite code/)
    const joined = await runPeer({ notebookDir: await tempDir(), keys, invite: invite.code, deviceName: 'laptop', ...confirmWhenShown(seed), ...lan })
    expect(joined.notebook.id).toBe(seed.notebook.id)
    await until(() => seed.sync.members().some((m) => m.name === 'laptop' && m.connected), 10_000, 'peer connected')
    await Promise.all([seed.stop(), joined.stop()])
  })
})
