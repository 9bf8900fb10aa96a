import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { keyFor } from './KeyVault'
import { nodeKeyVault } from './keyWrappings'
import { newStorageKey } from './seal'

const home = () => mkdtemp(join(tmpdir(), 'massline-vault-'))

describe('nodeKeyVault', () => {
  it('keeps a key file readable by its owner only, and never replaces it', async () => {
    const dir = await home()
    const vault = nodeKeyVault(dir, {})
    const key = await keyFor(vault, 'nb1')
    expect(Buffer.from(await keyFor(vault, 'nb1'))).toEqual(Buffer.from(key))
    expect((await stat(join(dir, 'keys', 'nb1.key'))).mode & 0o777).toBe(0o600)
    expect((await stat(join(dir, 'keys'))).mode & 0o777).toBe(0o700)
    await expect(vault.store('nb1', newStorageKey())).rejects.toThrow(/already kept/)
    await expect(vault.load('../nb1')).rejects.toThrow(/Not a notebook id/)
  })

  it('gives two processes making a notebook’s key at once the same key', async () => {
    const dir = await home()
    const keys = await Promise.all(Array.from({ length: 6 }, () => keyFor(nodeKeyVault(dir, {}), 'nb1')))
    expect(new Set(keys.map((k) => Buffer.from(k).toString('hex'))).size).toBe(1)
    expect(await readdir(join(dir, 'keys'))).toEqual(['nb1.key'])
  })

  it('seals keys under a passphrase when one is set, and refuses a wrong one', async () => {
    const dir = await home()
    const file = join(dir, 'passphrase')
    await writeFile(file, 'solidarity forever\n')
    const env = { MASSLINE_STORAGE_PASSPHRASE_FILE: file }
    const key = await keyFor(nodeKeyVault(dir, env), 'nb1')
    expect(await readdir(join(dir, 'keys'))).toEqual(['nb1.pass'])
    expect((await readFile(join(dir, 'keys', 'nb1.pass'))).includes(Buffer.from(key))).toBe(false)
    expect(Buffer.from((await nodeKeyVault(dir, { MASSLINE_STORAGE_PASSPHRASE: 'solidarity forever' }).load('nb1'))!)).toEqual(Buffer.from(key))
    await expect(nodeKeyVault(dir, { MASSLINE_STORAGE_PASSPHRASE: 'scab' }).load('nb1')).rejects.toThrow(/Wrong storage passphrase for .*nb1\.pass/)
    await expect(nodeKeyVault(dir, {}).load('nb1')).rejects.toThrow(/protected by "pass"/)
  }, 20_000)
})

