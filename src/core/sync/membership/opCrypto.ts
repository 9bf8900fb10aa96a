import sodium from 'sodium-universal'
import type { MembershipOp, OpBody } from '../../../shared/sync/membershipOp'
import { keyedHash, randomBytes } from '../keys'

/**
 * Hashes, signatures and sealed boxes of membership operations. The hash covers every field
 * but the signature, in a canonical JSON (keys sorted); the signature is Ed25519 over the hash.
 */
const CONTEXT = Buffer.from('massline/membership/v1')

export interface DeviceKeys {
  publicKey: Buffer
  secretKey: Buffer
}

export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

export function opHash(op: Omit<MembershipOp, 'sig'>): string {
  const { v, by, at, parents, body } = op
  return keyedHash(CONTEXT, canonical({ v, by, at, parents, body })).toString('hex')
}

export function signOp(keys: DeviceKeys, parents: string[], body: OpBody, at = Date.now()): MembershipOp {
  const unsigned = { v: 1 as const, by: keys.publicKey.toString('hex'), at, parents: [...parents].sort(), body }
  const sig = Buffer.alloc(64)
  sodium.crypto_sign_detached(sig, Buffer.from(opHash(unsigned), 'hex'), keys.secretKey)
  return { ...unsigned, sig: sig.toString('hex') }
}

export function verifySignature(op: MembershipOp, hash: string): boolean {
  return sodium.crypto_sign_verify_detached(Buffer.from(op.sig, 'hex'), Buffer.from(hash, 'hex'), Buffer.from(op.by, 'hex'))
}

/** Whether a device key is an Ed25519 point a secret can be sealed to. */
export function usableDeviceKey(deviceKey: string): boolean {
  try {
    sodium.crypto_sign_ed25519_pk_to_curve25519(Buffer.alloc(32), Buffer.from(deviceKey, 'hex'))
    return true
  } catch {
    return false
  }
}

/** A new secret sealed to each device key (its Ed25519 key turned into Curve25519). */
export function sealSecret(secret: Uint8Array, deviceKeys: Iterable<string>): Record<string, string> {
  const boxes: Record<string, string> = {}
  for (const deviceKey of deviceKeys) {
    const curve = Buffer.alloc(32)
    sodium.crypto_sign_ed25519_pk_to_curve25519(curve, Buffer.from(deviceKey, 'hex'))
    const box = Buffer.alloc(secret.byteLength + sodium.crypto_box_SEALBYTES)
    sodium.crypto_box_seal(box, secret, curve)
    boxes[deviceKey] = box.toString('base64')
  }
  return boxes
}

/** Opens this device's box of a rotation; undefined when there is none or it does not open. */
export function openSecret(boxes: Record<string, string>, keys: DeviceKeys): Buffer | undefined {
  const sealed = boxes[keys.publicKey.toString('hex')]
  if (!sealed) return undefined
  const box = Buffer.from(sealed, 'base64')
  if (box.byteLength !== 32 + sodium.crypto_box_SEALBYTES) return undefined
  const pk = Buffer.alloc(32)
  const sk = Buffer.alloc(32)
  sodium.crypto_sign_ed25519_pk_to_curve25519(pk, keys.publicKey)
  sodium.crypto_sign_ed25519_sk_to_curve25519(sk, keys.secretKey)
  const secret = Buffer.alloc(32)
  return sodium.crypto_box_seal_open(secret, box, pk, sk) ? secret : undefined
}

/** The id of a secret held before any rotation in the log (a genesis names it). */
export const keyIdOf = (secret: Uint8Array): string => keyedHash(secret, 'massline/sync/key-id/v1').toString('hex')

export const newSecret = (): Buffer => randomBytes(32)
