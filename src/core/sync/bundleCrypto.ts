import sodium from 'sodium-universal'
import {
  BUNDLE_VERSION,
  CHECK_BYTES,
  HEADER_BYTES,
  KDF,
  NONCE_BYTES,
  readHeader,
  SALT_BYTES,
  writeHeader,
  type BundleHeader,
} from '../../shared/sync/bundleFormat'
import { derive, keyedHash, randomBytes, sameBytes } from './keys'

/** Either a passphrase (stretched with Argon2id) or the notebook's sync secret. */
export type BundleKey = { passphrase: string } | { notebookSecret: Uint8Array }

export interface KdfCost {
  opslimit: number
  memlimit: number
}
export const DEFAULT_KDF_COST: KdfCost = {
  opslimit: sodium.crypto_pwhash_OPSLIMIT_MODERATE,
  memlimit: sodium.crypto_pwhash_MEMLIMIT_MODERATE,
}
/**
 * Refuse headers asking for more work than an honest bundle does: a crafted file asking for
 * 16 passes over 1 GiB kept the process busy for a minute and a half before "wrong passphrase".
 */
const MAX_COST: KdfCost = DEFAULT_KDF_COST

function keyFor(key: BundleKey, header: BundleHeader): Buffer {
  if ('notebookSecret' in key) {
    if (header.kdf !== KDF.notebookKey)
      throw new Error('This bundle is protected by a passphrase, not the notebook key')
    return derive(key.notebookSecret, 'bundle')
  }
  if (header.kdf !== KDF.passphrase) throw new Error('This bundle is protected by the notebook key, not a passphrase')
  if (header.opslimit > MAX_COST.opslimit || header.memlimit > MAX_COST.memlimit || header.opslimit < 1) {
    throw new Error('The bundle asks for an unreasonable key derivation; refusing it')
  }
  const out = Buffer.alloc(32)
  sodium.crypto_pwhash(
    out,
    Buffer.from(key.passphrase.normalize('NFC')),
    header.salt,
    header.opslimit,
    header.memlimit,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  )
  return out
}

const checkOf = (key: Uint8Array): Buffer => keyedHash(key, 'massline/bundle/check', CHECK_BYTES)

export function sealBundle(plaintext: Uint8Array, key: BundleKey, cost: KdfCost = DEFAULT_KDF_COST): Uint8Array {
  const passphrase = 'passphrase' in key
  const partial: BundleHeader = {
    version: BUNDLE_VERSION,
    kdf: passphrase ? KDF.passphrase : KDF.notebookKey,
    opslimit: passphrase ? cost.opslimit : 0,
    memlimit: passphrase ? cost.memlimit : 0,
    salt: randomBytes(SALT_BYTES),
    check: new Uint8Array(CHECK_BYTES),
    nonce: randomBytes(NONCE_BYTES),
  }
  const secretKey = keyFor(key, partial)
  const header = writeHeader({ ...partial, check: checkOf(secretKey) })
  const out = Buffer.alloc(HEADER_BYTES + plaintext.byteLength + sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES)
  out.set(header, 0)
  sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    out.subarray(HEADER_BYTES),
    plaintext,
    header,
    null,
    partial.nonce,
    secretKey,
  )
  return out
}

export function openBundle(bytes: Uint8Array, key: BundleKey): Uint8Array {
  const header = readHeader(bytes)
  const secretKey = keyFor(key, header)
  if (!sameBytes(checkOf(secretKey), header.check)) {
    throw new Error(
      'passphrase' in key ? 'Wrong passphrase for this bundle' : 'This bundle was made with another notebook key',
    )
  }
  const ciphertext = bytes.subarray(HEADER_BYTES)
  if (ciphertext.byteLength < sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES) {
    throw new Error('The bundle is truncated; nothing was imported')
  }
  const plaintext = Buffer.alloc(ciphertext.byteLength - sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES)
  try {
    sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      plaintext,
      null,
      ciphertext,
      bytes.subarray(0, HEADER_BYTES),
      header.nonce,
      secretKey,
    )
  } catch {
    throw new Error('The bundle is damaged or was altered (integrity check failed); nothing was imported')
  }
  return plaintext
}
