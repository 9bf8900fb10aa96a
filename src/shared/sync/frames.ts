/**
 * Wire frames carried inside a Noise secret stream (which already delimits messages).
 * Layout: kind (u8) | header length (u32 BE) | header (UTF-8 JSON) | body (raw bytes).
 * Decoding never throws past `decodeFrame`: bad input yields a reason string.
 */
export const FRAME_KINDS = {
  auth: 1,
  hello: 2,
  message: 3,
  claim: 4,
  grant: 5,
  'snapshot-request': 7,
  snapshot: 8,
  log: 9,
} as const
export type FrameKind = keyof typeof FRAME_KINDS

/** A repo sync message for one 10k-contact shard stays far below this; larger is hostile. */
export const MAX_FRAME_BYTES = 8 * 1024 * 1024
export const MAX_HEADER_BYTES = 64 * 1024
const PREFIX = 5

export interface Frame {
  kind: FrameKind
  header: unknown
  body: Uint8Array
}

const kindByCode = new Map<number, FrameKind>(
  Object.entries(FRAME_KINDS).map(([kind, code]) => [code, kind as FrameKind]),
)

export function encodeFrame(kind: FrameKind, header: unknown, body: Uint8Array = new Uint8Array(0)): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header))
  if (json.byteLength > MAX_HEADER_BYTES) throw new Error('Frame header too large')
  const out = new Uint8Array(PREFIX + json.byteLength + body.byteLength)
  if (out.byteLength > MAX_FRAME_BYTES) throw new Error('Frame too large')
  out[0] = FRAME_KINDS[kind]
  new DataView(out.buffer).setUint32(1, json.byteLength)
  out.set(json, PREFIX)
  out.set(body, PREFIX + json.byteLength)
  return out
}

export type Decoded = { ok: true; frame: Frame } | { ok: false; reason: string }

export function decodeFrame(bytes: Uint8Array): Decoded {
  if (bytes.byteLength > MAX_FRAME_BYTES) return { ok: false, reason: 'oversized frame' }
  if (bytes.byteLength < PREFIX) return { ok: false, reason: 'truncated frame' }
  const kind = kindByCode.get(bytes[0]!)
  if (!kind) return { ok: false, reason: 'unknown frame kind' }
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(1)
  if (headerLength > MAX_HEADER_BYTES || PREFIX + headerLength > bytes.byteLength) {
    return { ok: false, reason: 'bad header length' }
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX, PREFIX + headerLength))
    const header: unknown = JSON.parse(text)
    return {
      ok: true,
      frame: { kind, header, body: bytes.slice(PREFIX + headerLength) },
    }
  } catch {
    return { ok: false, reason: 'undecodable header' }
  }
}
