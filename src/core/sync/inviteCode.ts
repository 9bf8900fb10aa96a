import QRCode from 'qrcode'
import { keyedHash } from './keys'

/**
 * An invite code carries only a one-time pairing key, never the notebook secret:
 *   "massline-invite:1:" + base64url(pairing key (32) | check (2))
 * The inviter's device, online, hands the secret to whoever proves this key, once.
 */
const PREFIX = 'massline-invite:1:'
/** Far beyond a code with whitespace pasted in it; refused before any work on it. */
const MAX_CODE_CHARS = 1_000

const check = (key: Uint8Array): Buffer => keyedHash(Buffer.from('massline/invite/check'), key, 16).subarray(0, 2)

export function encodeInviteCode(pairingKey: Uint8Array): string {
  return PREFIX + Buffer.concat([pairingKey, check(pairingKey)]).toString('base64url')
}

export function decodeInviteCode(code: string): Buffer {
  if (code.length > MAX_CODE_CHARS) throw new Error('This invite code is too long: paste only the code')
  const trimmed = code.replace(/\s+/g, '')
  if (!trimmed.startsWith(PREFIX)) throw new Error('This is not a Massline invite code')
  const body = trimmed.slice(PREFIX.length)
  const bytes = Buffer.from(body, 'base64url')
  const key = bytes.subarray(0, 32)
  // Buffer.from skips characters outside base64url and ignores the last one's spare bits: compare back.
  if (bytes.toString('base64url') !== body || bytes.byteLength !== 34 || !check(key).equals(bytes.subarray(32))) {
    throw new Error('This invite code is mistyped or incomplete')
  }
  return Buffer.from(key)
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
