import QRCode from 'qrcode'
import { keyedHash } from './keys'

/**
 * An invite code carries a one-time pairing key and the inviter's device key, never the
 * notebook secret:
 *   "massline-invite:2:" + base64url(pairing key (32) | inviter device key (32) | check (2))
 * The inviter's device, online, hands the secret over once its user has confirmed the joining
 * device (a short authentication string both screens show); the invitee takes the notebook
 * only from the device the code names.
 */
const PREFIX = 'massline-invite:2:'
/** Far beyond a code with whitespace pasted in it; refused before any work on it. */
const MAX_CODE_CHARS = 1_000

export interface InviteCode {
  pairingKey: Buffer
  inviterKey: string
}

const check = (bytes: Uint8Array): Buffer => keyedHash(Buffer.from('massline/invite/check'), bytes, 16).subarray(0, 2)

export function encodeInviteCode(pairingKey: Uint8Array, inviterKey: string): string {
  const bytes = Buffer.concat([pairingKey, Buffer.from(inviterKey, 'hex')])
  return PREFIX + Buffer.concat([bytes, check(bytes)]).toString('base64url')
}

export function decodeInviteCode(code: string): InviteCode {
  if (code.length > MAX_CODE_CHARS) throw new Error('This invite code is too long: paste only the code')
  const trimmed = code.replace(/\s+/g, '')
  if (trimmed.startsWith('massline-invite:1:')) throw new Error('This invite code is from an older version of Massline: ask for a new one')
  if (!trimmed.startsWith(PREFIX)) throw new Error('This is not a Massline invite code')
  const text = trimmed.slice(PREFIX.length)
  const bytes = Buffer.from(text, 'base64url')
  const body = bytes.subarray(0, 64)
  // Buffer.from skips characters outside base64url and ignores the last one's spare bits: compare back.
  if (bytes.toString('base64url') !== text || bytes.byteLength !== 66 || !check(body).equals(bytes.subarray(64))) {
    throw new Error('This invite code is mistyped or incomplete')
  }
  return { pairingKey: Buffer.from(body.subarray(0, 32)), inviterKey: body.subarray(32).toString('hex') }
}

/**
 * The short authentication string both devices show while an invite is claimed: six digits
 * from the Noise handshake hash of this very connection and the pairing key. A device that
 * claimed the invite from a photographed code is on another connection and shows other digits.
 */
export function shortAuthString(pairingKey: Uint8Array, handshakeHash: Uint8Array): string {
  const n = keyedHash(pairingKey, Buffer.concat([Buffer.from('massline/invite/sas/v1'), handshakeHash]), 16).readUInt32BE() % 1_000_000
  const digits = String(n).padStart(6, '0')
  return `${digits.slice(0, 3)} ${digits.slice(3)}`
}

export interface InviteImage {
  svg: string
  pngDataUrl: string
}

export async function inviteQr(code: string): Promise<InviteImage> {
  const options = { errorCorrectionLevel: 'M' as const, margin: 2 }
  return {
    svg: await QRCode.toString(code, { ...options, type: 'svg' }),
    pngDataUrl: await QRCode.toDataURL(code, options),
  }
}
