import { mkdtemp, rm, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runStorageAdapterTests } from '@automerge/automerge-repo/helpers/tests/storage-adapter-tests.js'
import { describe, expect, it } from 'vitest'
import { FileStorageAdapter } from '../../src/core/storage/FileStorageAdapter'

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'massline-storage-'))
}

runStorageAdapterTests(async () => {
  const dir = await tempDir()
  return { adapter: new FileStorageAdapter(dir), teardown: () => rm(dir, { recursive: true, force: true }) }
}, 'FileStorageAdapter')

describe('FileStorageAdapter on disk', () => {
  it('finds keys written by an earlier process', async () => {
    const dir = await tempDir()
    await new FileStorageAdapter(dir).save(['doc', 'snapshot', 'abc'], new Uint8Array([1, 2, 3]))
    const reopened = new FileStorageAdapter(dir)
    expect(await reopened.loadRange(['doc'])).toEqual([{ key: ['doc', 'snapshot', 'abc'], data: new Uint8Array([1, 2, 3]) }])
  })

  it('ignores a torn temp file left by a crash mid-save', async () => {
    const dir = await tempDir()
    await new FileStorageAdapter(dir).save(['doc', 'incremental', 'a'], new Uint8Array([9]))
    await writeFile(join(dir, 'doc', 'incremental', 'b.1234.tmp'), new Uint8Array([1]))
    const chunks = await new FileStorageAdapter(dir).loadRange(['doc'])
    expect(chunks.map((c) => c.key)).toEqual([['doc', 'incremental', 'a']])
  })

  it('never writes outside its directory, whatever the key', async () => {
    const dir = await tempDir()
    const inner = join(dir, 'inner')
    await new FileStorageAdapter(inner).save(['..', '..', 'escape'], new Uint8Array([1]))
    expect(await readdir(dir)).toEqual(['inner'])
  })
})
