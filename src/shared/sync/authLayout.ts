/**
 * What a peer MACs to prove it holds a notebook key, bound to this very channel:
 *   "massline/sync/auth/v1" | 0x00 | role (0x01 initiator, 0x02 responder) | handshake hash (64) | sender public key (32)
 * The MAC is keyed BLAKE2b-256 under the auth key derived from the secret (see core/sync/keys.ts).
 * Binding the role stops a peer reflecting our own proof back at us; binding the handshake hash
 * and key stops a proof from being replayed on any other connection.
 */
export const AUTH_CONTEXT = 'massline/sync/auth/v1'
export const HANDSHAKE_HASH_BYTES = 64
export const PUBLIC_KEY_BYTES = 32
export const MAC_BYTES = 32

export type Role = 'initiator' | 'responder'

export function authInput(role: Role, handshakeHash: Uint8Array, publicKey: Uint8Array): Uint8Array {
  if (handshakeHash.byteLength !== HANDSHAKE_HASH_BYTES) throw new Error('Handshake hash must be 64 bytes')
  if (publicKey.byteLength !== PUBLIC_KEY_BYTES) throw new Error('Public key must be 32 bytes')
  const context = new TextEncoder().encode(AUTH_CONTEXT)
  const out = new Uint8Array(context.byteLength + 2 + HANDSHAKE_HASH_BYTES + PUBLIC_KEY_BYTES)
  out.set(context, 0)
  let at = context.byteLength
  out[at++] = 0
  out[at++] = role === 'initiator' ? 1 : 2
  out.set(handshakeHash, at)
  out.set(publicKey, at + HANDSHAKE_HASH_BYTES)
  return out
}
