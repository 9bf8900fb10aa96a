import { join } from 'node:path'
import type { SafeStorage } from 'electron'
import { KeyFileVault, type KeyVault, type KeyWrapping } from '../core/atRest/KeyVault'
import { keyFileWrapping } from '../core/atRest/keyWrappings'
import { STORAGE_KEY_BYTES } from '../core/atRest/seal'

type Keychain = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & {
  getSelectedStorageBackend?: () => string
}

/** Each key wrapped by the OS keychain (Electron's safeStorage); the wrapped key sits in `<home>/keys`. */
export function keychainWrapping(keychain: Keychain): KeyWrapping {
  return {
    kind: 'keychain',
    async wrap(key) {
      return keychain.encryptString(Buffer.from(key).toString('base64'))
    },
    async unwrap(wrapped, _notebookId, file) {
      let key: Buffer
      try {
        key = Buffer.from(keychain.decryptString(Buffer.from(wrapped)), 'base64')
      } catch (error) {
        throw new Error(`The OS keychain could not unwrap ${file} (another user or machine?): ${(error as Error).message}`)
      }
      if (key.byteLength !== STORAGE_KEY_BYTES) throw new Error(`${file} does not unwrap to a storage key (damaged?)`)
      return key
    },
  }
}

/** Whether the keychain really protects keys: on Linux without a secret service, Chromium falls back to a fixed password. */
export function keychainUsable(keychain: Keychain, platform = process.platform): boolean {
  return keychain.isEncryptionAvailable() && !(platform === 'linux' && keychain.getSelectedStorageBackend?.() === 'basic_text')
}

/**
 * The desktop app's vault: the OS keychain, or (only if the user agrees, when there is no
 * usable keychain) key files like the CLI's; null when the user would rather quit.
 */
export function desktopKeyVault(home: string, keychain: Keychain, agreeToKeyFiles: () => boolean): KeyVault | null {
  const dir = join(home, 'keys')
  // Keys kept in files (an earlier launch without a keychain, or the CLI) move into the keychain.
  if (keychainUsable(keychain)) return new KeyFileVault(dir, keychainWrapping(keychain), [keyFileWrapping])
  return agreeToKeyFiles() ? new KeyFileVault(dir, keyFileWrapping) : null
}
