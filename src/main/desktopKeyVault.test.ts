import { mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { newStorageKey } from '../core/atRest/seal'
import { desktopKeyVault, keychainUsable } from './desktopKeyVault'

/** Stands in for safeStorage: reversible, and visibly not the key itself. */
const keychain = (available = true, backend = 'gnome_libsecret') => ({
  isEncryptionAvailable: () => available,
  getSelectedStorageBackend: () => backend,
  encryptString: (text: string) => Buffer.from(`wrapped:${[...text].reverse().join('')}`),
  decryptString: (bytes: Buffer) => [...bytes.toString().replace(/^wrapped:/, '')].reverse().join(''),
})

describe('desktopKeyVault', () => {
  it('keeps keys wrapped by the keychain', async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-desktop-keys-'))
    const vault = desktopKeyVault(home, keychain(), () => false)!
    const key = newStorageKey()
    await vault.store('nb1', key)
    expect(Buffer.from((await vault.load('nb1'))!)).toEqual(Buffer.from(key))
  })

  it('asks before using key files when there is no usable keychain, and gives none if refused', async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-desktop-keys-'))
    const asked: string[] = []
    expect(desktopKeyVault(home, keychain(false), () => (asked.push('no keychain'), false))).toBeNull()
    expect(desktopKeyVault(home, keychain(true, 'basic_text'), () => (asked.push('basic_text'), true))).not.toBeNull()
    expect(asked).toEqual(['no keychain', 'basic_text'])
  })

  it('refuses to shadow a keychain-wrapped key with a key file', async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-desktop-keys-'))
    await desktopKeyVault(home, keychain(), () => false)!.store('nb1', newStorageKey())
    await expect(desktopKeyVault(home, keychain(false), () => true)!.load('nb1')).rejects.toThrow(/protected by "keychain"/)
  })

  it('moves a key kept in a file (a launch without a keychain, or the CLI) into the keychain once there is one', async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-desktop-keys-'))
    const key = newStorageKey()
    await desktopKeyVault(home, keychain(false), () => true)!.store('nb1', key)
    expect(Buffer.from((await desktopKeyVault(home, keychain(), () => false)!.load('nb1'))!)).toEqual(Buffer.from(key))
    expect(await readdir(join(home, 'keys'))).toEqual(['nb1.keychain'])
  })

  it('treats the fixed-password fallback on Linux as no keychain', () => {
    expect(keychainUsable(keychain(true, 'basic_text'), 'linux')).toBe(false)
    expect(keychainUsable(keychain(true, 'unknown'), 'darwin')).toBe(true)
  })
})
