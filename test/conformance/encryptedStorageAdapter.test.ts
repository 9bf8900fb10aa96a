import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runStorageAdapterTests } from '@automerge/automerge-repo/helpers/tests/storage-adapter-tests.js'
import { describe, expect, it } from 'vitest'
import { EncryptedStorageAdapter } from '../../src/core/atRest/EncryptedStorageAdapter'
import { newStorageKey } from '../../src/core/atRest/seal'
import { FileStorageAdapter } from '../../src/core/storage/FileStorageAdapter'

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'massline-sealed-storage-'))
}

// The same suite the FileStorageAdapter passes, through the sealing decorator.
runStorageAdapterTests(async () => {
  const dir = await tempDir()
  return { adapter: new EncryptedStorageAdapter(new FileStorageAdapter(dir), newStorageKey()), teardown: () => rm(dir, { recursive: true, force: true }) }
}, 'EncryptedStorageAdapter over FileStorageAdapter')

describe('EncryptedStorageAdapter on disk', () => {
  const secret = new TextEncoder().encode('Rosa Parks, +12125550199')

  it('stores no plaintext, and a reopened adapter with the same key reads it back', async () => {
    const dir = await tempDir()
    const key = newStorageKey()
    await new EncryptedStorageAdapter(new FileStorageAdapter(dir), key).save(['doc', 'snapshot', 'abc'], secret)
    expect((await readFile(join(dir, 'doc', 'snapshot', 'abc'))).includes(Buffer.from('Rosa'))).toBe(false)
    expect(await new EncryptedStorageAdapter(new FileStorageAdapter(dir), key).load(['doc', 'snapshot', 'abc'])).toEqual(secret)
  })

  it('refuses a wrong key and a chunk moved to another key, naming the chunk', async () => {
    const dir = await tempDir()
    const key = newStorageKey()
    await new EncryptedStorageAdapter(new FileStorageAdapter(dir), key).save(['doc', 'snapshot', 'abc'], secret)
    await expect(new EncryptedStorageAdapter(new FileStorageAdapter(dir), newStorageKey()).loadRange(['doc'])).rejects.toThrow(
      /store\/doc\/snapshot\/abc was sealed with another storage key/,
    )
    await writeFile(join(dir, 'doc', 'snapshot', 'def'), await readFile(join(dir, 'doc', 'snapshot', 'abc')))
    await expect(new EncryptedStorageAdapter(new FileStorageAdapter(dir), key).load(['doc', 'snapshot', 'def'])).rejects.toThrow(
      /store\/doc\/snapshot\/def is damaged or was altered/,
    )
  })
})
