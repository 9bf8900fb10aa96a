import sodium from 'sodium-universal'
import { authInput, MAC_BYTES, type Role } from '../../shared/sync/authLayout'

/**
 * Every value published or used on the wire is derived from the notebook secret with keyed
 * BLAKE2b under a distinct context, so the secret itself never leaves the device and none
 * of the derived values reveals another.
 */
export type Purpose = 'topic' | 'auth' | 'bundle' | 'lan'

export function randomBytes(length: number): Buffer {
  const out = Buffer.alloc(length)
  sodium.randombytes_buf(out)
  return out
}

export function keyedHash(key: Uint8Array, input: Uint8Array | string, length = 32): Buffer {
  const out = Buffer.alloc(length)
  sodium.crypto_generichash(out, typeof input === 'string' ? Buffer.from(input) : input, key)
  return out
}

export function derive(secret: Uint8Array, purpose: Purpose): Buffer {
  return keyedHash(secret, `massline/sync/${purpose}/v1`)
}

/** The swarm topic (hyperswarm discovery key) of a notebook secret or a one-time pairing key. */
export const topicOf = (secret: Uint8Array): Buffer => derive(secret, 'topic')

export function proofFor(secret: Uint8Array, role: Role, handshakeHash: Uint8Array, publicKey: Uint8Array): Buffer {
  return keyedHash(derive(secret, 'auth'), authInput(role, handshakeHash, publicKey), MAC_BYTES)
}

/** Constant-time comparison of equal-length byte strings. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && sodium.sodium_memcmp(a, b)
}
