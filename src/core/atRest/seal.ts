import sodium from 'sodium-universal'
import { keyedHash, randomBytes, sameBytes } from '../sync/keys'

/**
 * The sealed form of one stored value: a header (magic, a check of the key, a fresh random
 * nonce) and the XChaCha20-Poly1305 ciphertext. The header and the value's label (its storage
 * key or file name) are the associated data, so a blob moved to another name fails to open.
 */
const MAGIC = Buffer.from('MLS1')
const CHECK_BYTES = 16
const NONCE_BYTES = 24
const HEADER_BYTES = MAGIC.byteLength + CHECK_BYTES + NONCE_BYTES
const TAG_BYTES = 16
export const STORAGE_KEY_BYTES = 32

/** A sealed value that will not open; `wrongKey` when it was sealed under another storage key. */
export class SealedDataError extends Error {
  constructor(
    readonly where: string,
    readonly wrongKey: boolean,
  ) {
    super(
      wrongKey
        ? `${where} was sealed with another storage key: this is not the key of this notebook (nothing was changed)`
        : `${where} is damaged or was altered (integrity check failed; nothing was changed)`,
    )
    this.name = 'SealedDataError'
  }
}

const checks = new WeakMap<Uint8Array, Buffer>()
function checkOf(key: Uint8Array): Buffer {
  let check = checks.get(key)
  if (!check) checks.set(key, (check = keyedHash(key, 'massline/at-rest/check/v1', CHECK_BYTES)))
  return check
}

const adOf = (header: Uint8Array, label: string): Buffer => Buffer.concat([header, Buffer.from(label)])

export function isSealed(bytes: Uint8Array): boolean {
  return bytes.byteLength >= MAGIC.byteLength && MAGIC.every((b, i) => bytes[i] === b)
}

/** Whether a blob's header says it was sealed with this key (true for a damaged blob of this notebook, too). */
export function sealedWithKey(key: Uint8Array, sealed: Uint8Array): boolean {
  return isSealed(sealed) && sealed.byteLength >= HEADER_BYTES && sameBytes(sealed.subarray(MAGIC.byteLength, MAGIC.byteLength + CHECK_BYTES), checkOf(key))
}

export function seal(key: Uint8Array, plaintext: Uint8Array, label: string): Uint8Array {
  const out = Buffer.alloc(HEADER_BYTES + plaintext.byteLength + TAG_BYTES)
  MAGIC.copy(out, 0)
  checkOf(key).copy(out, MAGIC.byteLength)
  const nonce = randomBytes(NONCE_BYTES)
  nonce.copy(out, MAGIC.byteLength + CHECK_BYTES)
  const header = out.subarray(0, HEADER_BYTES)
  sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(out.subarray(HEADER_BYTES), plaintext, adOf(header, label), null, nonce, key)
  return out
}

/** Opens a sealed value; `where` names it in errors (the file, relative to the notebook). */
export function unseal(key: Uint8Array, sealed: Uint8Array, label: string, where = label): Uint8Array {
  if (!isSealed(sealed)) throw new Error(`${where} is not sealed: it was written in clear or replaced (nothing was changed)`)
  if (sealed.byteLength < HEADER_BYTES + TAG_BYTES) throw new SealedDataError(where, false)
  const header = sealed.subarray(0, HEADER_BYTES)
  if (!sameBytes(header.subarray(MAGIC.byteLength, MAGIC.byteLength + CHECK_BYTES), checkOf(key))) throw new SealedDataError(where, true)
  const nonce = header.subarray(MAGIC.byteLength + CHECK_BYTES)
  const plaintext = new Uint8Array(sealed.byteLength - HEADER_BYTES - TAG_BYTES)
  try {
    sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(plaintext, null, sealed.subarray(HEADER_BYTES), adOf(header, label), nonce, key)
  } catch {
    throw new SealedDataError(where, false)
  }
  return plaintext
}

export function newStorageKey(): Uint8Array {
  return new Uint8Array(randomBytes(STORAGE_KEY_BYTES))
}
