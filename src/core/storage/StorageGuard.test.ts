import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { StorageKey } from '@automerge/automerge-repo'
import { runStorageAdapterTests } from '@automerge/automerge-repo/helpers/tests/storage-adapter-tests.js'
import { describe, expect, it } from 'vitest'
import { FileStorageAdapter } from './FileStorageAdapter'
import { StorageGuard } from './StorageGuard'

runStorageAdapterTests(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'massline-guard-'))
  return { adapter: new StorageGuard(new FileStorageAdapter(dir)), teardown: () => rm(dir, { recursive: true, force: true }) }
}, 'StorageGuard')

/** A disk that fills up on demand. */
class FillingDisk extends FileStorageAdapter {
  full = false
  override async save(key: StorageKey, data: Uint8Array): Promise<void> {
    if (this.full) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
    return super.save(key, data)
  }
  override async remove(key: StorageKey): Promise<void> {
    if (this.full) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
    return super.remove(key)
  }
}

describe('StorageGuard', () => {
  it('holds writes in order while the disk is full, serves them to reads, and writes them out once there is room', async () => {
    const disk = new FillingDisk(await mkdtemp(join(tmpdir(), 'massline-guard-')))
    const guard = new StorageGuard(disk)
    const states: unknown[] = []
    guard.on('changed', (state) => states.push(state))
    await guard.save(['doc', 'snapshot', 'old'], new Uint8Array([1]))
    disk.full = true
    await guard.save(['doc', 'snapshot', 'new'], new Uint8Array([2]))
    await guard.remove(['doc', 'snapshot', 'old'])
    expect(() => guard.assertWritten()).toThrow(/No space left on the disk: your changes are kept in memory/)
    expect((await guard.loadRange(['doc'])).map((c) => c.key)).toEqual([['doc', 'snapshot', 'new']])
    // The disk still holds the old snapshot: nothing was removed before its replacement landed.
    expect((await disk.loadRange(['doc'])).map((c) => c.key)).toEqual([['doc', 'snapshot', 'old']])
    expect(await guard.retry()).toBe(false)
    disk.full = false
    expect(await guard.retry()).toBe(true)
    expect((await disk.loadRange(['doc'])).map((c) => c.key)).toEqual([['doc', 'snapshot', 'new']])
    expect(() => guard.assertWritten()).not.toThrow()
    expect(states).toEqual([{ noRoom: 'No space left on the disk', pending: 1 }, { pending: 0 }])
  })

  it('passes on errors that are not about room', async () => {
    const guard = new StorageGuard({
      load: async () => undefined,
      loadRange: async () => [],
      save: async () => Promise.reject(new Error('bad key')),
      remove: async () => undefined,
      removeRange: async () => undefined,
    })
    await expect(guard.save(['x'], new Uint8Array())).rejects.toThrow('bad key')
  })
})
