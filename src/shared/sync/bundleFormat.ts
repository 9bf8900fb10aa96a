/**
 * Layout of an encrypted notebook bundle (the sneakernet file). All integers big-endian.
 *   magic "MLBUNDLE" (8) | version u8 | kdf u8 (1 = passphrase/Argon2id, 2 = notebook key)
 *   | opslimit u32 | memlimit u32 | salt (16) | key check (16) | nonce (24)
 *   | XChaCha20-Poly1305 ciphertext, with the whole header as associated data.
 * The key check (keyed BLAKE2b of a constant) tells a wrong key from a damaged file.
 * Plaintext: manifest length u32 | manifest JSON | the documents' bytes, in manifest order.
 */
export const BUNDLE_MAGIC = 'MLBUNDLE'
export const BUNDLE_VERSION = 1
export const KDF = { passphrase: 1, notebookKey: 2 } as const
export const SALT_BYTES = 16
export const CHECK_BYTES = 16
export const NONCE_BYTES = 24
export const HEADER_BYTES = 8 + 1 + 1 + 4 + 4 + SALT_BYTES + CHECK_BYTES + NONCE_BYTES

export interface BundleHeader {
  version: number
  kdf: number
  opslimit: number
  memlimit: number
  salt: Uint8Array
  check: Uint8Array
  nonce: Uint8Array
}

export function writeHeader(h: BundleHeader): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES)
  const view = new DataView(out.buffer)
  out.set(new TextEncoder().encode(BUNDLE_MAGIC), 0)
  out[8] = h.version
  out[9] = h.kdf
  view.setUint32(10, h.opslimit)
  view.setUint32(14, h.memlimit)
  out.set(h.salt, 18)
  out.set(h.check, 18 + SALT_BYTES)
  out.set(h.nonce, 18 + SALT_BYTES + CHECK_BYTES)
  return out
}

/** Parses a header or says plainly what is wrong with the file. */
export function readHeader(bytes: Uint8Array): BundleHeader {
  if (bytes.byteLength < 8 || new TextDecoder().decode(bytes.subarray(0, 8)) !== BUNDLE_MAGIC) {
    throw new Error('This file is not a Massline notebook bundle')
  }
  if (bytes.byteLength < HEADER_BYTES) throw new Error('The bundle is truncated (its header is incomplete)')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const version = bytes[8]!
  if (version !== BUNDLE_VERSION)
    throw new Error(`This bundle has format ${version}; this Massline reads format ${BUNDLE_VERSION}`)
  return {
    version,
    kdf: bytes[9]!,
    opslimit: view.getUint32(10),
    memlimit: view.getUint32(14),
    salt: bytes.slice(18, 18 + SALT_BYTES),
    check: bytes.slice(18 + SALT_BYTES, 18 + SALT_BYTES + CHECK_BYTES),
    nonce: bytes.slice(18 + SALT_BYTES + CHECK_BYTES, HEADER_BYTES),
  }
}
