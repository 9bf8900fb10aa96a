import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import sodium from 'sodium-universal'
import { DEFAULT_KDF_COST, type KdfCost } from '../sync/bundleCrypto'
import { randomBytes } from '../sync/keys'
import { KeyFileVault, type KeyVault, type KeyWrapping } from './KeyVault'
import { seal, SealedDataError, STORAGE_KEY_BYTES, unseal } from './seal'

/**
 * The key in clear in a 0600 file: it protects a notebook folder copied alone, not a whole
 * data directory (the desktop app keeps keys in the OS keychain instead).
 */
export const keyFileWrapping: KeyWrapping = {
  kind: 'key',
  async wrap(key) {
    return key
  },
  async unwrap(wrapped, _notebookId, file) {
    if (wrapped.byteLength !== STORAGE_KEY_BYTES) throw new Error(`${file} is not a storage key (damaged?)`)
    return Uint8Array.from(wrapped)
  },
}

const SALT_BYTES = sodium.crypto_pwhash_SALTBYTES

/** The key sealed under a key stretched from a passphrase with Argon2id (salt kept in front). */
export function passphraseWrapping(passphrase: () => Promise<string>, cost: KdfCost = DEFAULT_KDF_COST): KeyWrapping {
  const stretched = new Map<string, Buffer>()
  const kekFor = async (salt: Uint8Array): Promise<Buffer> => {
    const id = Buffer.from(salt).toString('hex')
    let kek = stretched.get(id)
    if (!kek) {
      kek = Buffer.alloc(32)
      sodium.crypto_pwhash(kek, Buffer.from((await passphrase()).normalize('NFC')), salt, cost.opslimit, cost.memlimit, sodium.crypto_pwhash_ALG_ARGON2ID13)
      stretched.set(id, kek)
    }
    return kek
  }
  const labelOf = (notebookId: string): string => `storage-key:${notebookId}`
  return {
    kind: 'pass',
    async wrap(key, notebookId) {
      const salt = randomBytes(SALT_BYTES)
      return Buffer.concat([salt, seal(await kekFor(salt), key, labelOf(notebookId))])
    },
    async unwrap(wrapped, notebookId, file) {
      try {
        return unseal(await kekFor(wrapped.subarray(0, SALT_BYTES)), wrapped.subarray(SALT_BYTES), labelOf(notebookId), file)
      } catch (error) {
        if (error instanceof SealedDataError && error.wrongKey) throw new Error(`Wrong storage passphrase for ${file}`)
        throw error
      }
    },
  }
}

/**
 * The vault of the loopback host and the CLI: keys under `<home>/keys`, protected by the
 * passphrase in MASSLINE_STORAGE_PASSPHRASE_FILE or MASSLINE_STORAGE_PASSPHRASE when one is
 * set, else kept in 0600 key files.
 */
export function nodeKeyVault(home: string, env: NodeJS.ProcessEnv = process.env): KeyVault {
  const file = env.MASSLINE_STORAGE_PASSPHRASE_FILE
  const inline = env.MASSLINE_STORAGE_PASSPHRASE
  const dir = join(home, 'keys')
  if (!file && !inline) return new KeyFileVault(dir, keyFileWrapping)
  const read = async (): Promise<string> => {
    const value = file ? (await readFile(file, 'utf8')).replace(/\r?\n$/, '') : inline!
    if (!value) throw new Error('The storage passphrase is empty')
    return value
  }
  return new KeyFileVault(dir, passphraseWrapping(read))
}
