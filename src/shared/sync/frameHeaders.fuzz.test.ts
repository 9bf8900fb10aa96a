import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anyString, fuzz, fuzzTimeout } from '../../../test/support/fuzz'
import { FRAME_HEADERS, readFrame } from './frameHeaders'
import { encodeFrame, FRAME_KINDS, MAX_FRAME_BYTES, type FrameKind } from './frames'

const KINDS = Object.keys(FRAME_KINDS) as FrameKind[]
const REASON = /^(oversized frame|truncated frame|unknown frame kind|bad header length|undecodable header|bad [a-z-]+ header: .+)$/

/** Reads bytes as a peer's frame: a checked header or a named reason, nothing else. */
function outcome(bytes: Uint8Array) {
  const read = readFrame(bytes)
  if (!read.ok) expect(read.reason).toMatch(REASON)
  else expect(FRAME_HEADERS[read.kind].safeParse(read.header).success).toBe(true)
  return read
}

const json = fc.jsonValue({ maxDepth: 4 })
/** Well-formed frames of every kind whose header is any JSON, or a header of another kind. */
const framed = fc.tuple(fc.constantFrom(...KINDS), fc.oneof(json, fc.record({ v: fc.constant(1), proofs: fc.array(fc.stringMatching(/^[0-9a-f]{64}$/), { maxLength: 3 }) })), fc.uint8Array({ maxLength: 64 })).map(([kind, header, body]) => encodeFrame(kind, header, body))
/** A frame with bytes flipped, cut, or its length field rewritten. */
const damaged = fc.tuple(framed, fc.nat(), fc.nat(255), fc.nat(4), fc.integer({ min: 0, max: 0xffffffff })).map(([bytes, at, value, op, length]) => {
  const out = bytes.slice()
  const i = at % out.length
  if (op === 0) out[i] = value
  if (op === 1) return out.subarray(0, i)
  if (op === 2) new DataView(out.buffer).setUint32(1, length)
  if (op === 3) out[0] = value
  return out
})
const textFrame = fc.tuple(fc.constantFrom(...Object.values(FRAME_KINDS)), anyString()).map(([code, text]) => {
  const header = new TextEncoder().encode(text)
  const out = new Uint8Array(5 + header.length)
  out[0] = code
  new DataView(out.buffer).setUint32(1, header.length)
  out.set(header, 5)
  return out
})

describe('sync frame fuzzing (decode and header schemas of every kind)', () => {
  it('reads any bytes to a checked frame or a named reason', async () => {
    await fuzz(fc.oneof(fc.uint8Array({ maxLength: 512 }), framed, damaged, textFrame), outcome)
  }, fuzzTimeout())

  it('refuses an oversized frame before reading it', () => {
    expect(readFrame(new Uint8Array(MAX_FRAME_BYTES + 1))).toEqual({ ok: false, reason: 'oversized frame' })
  })

  it('names the kind and field of a bad header', () => {
    expect(readFrame(encodeFrame('auth', { v: 3, proofs: [] }))).toMatchObject({ ok: false, reason: expect.stringMatching(/^bad auth header: v /) })
    expect(readFrame(encodeFrame('snapshot-request', {}))).toMatchObject({ ok: true, kind: 'snapshot-request' })
  })
})
