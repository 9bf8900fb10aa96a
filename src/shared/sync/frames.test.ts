import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeFrame, encodeFrame, MAX_FRAME_BYTES } from './frames'
import { authInput } from './authLayout'
import { repoMessageHeader } from './frameSchemas'

describe('frames', () => {
  it('round-trip a header and a body', () => {
    const body = new Uint8Array([1, 2, 3])
    const decoded = decodeFrame(encodeFrame('message', { type: 'sync', n: 1 }, body))
    expect(decoded).toEqual({ ok: true, frame: { kind: 'message', header: { type: 'sync', n: 1 }, body } })
  })

  it('never throw on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = decodeFrame(bytes)
        expect(typeof decoded.ok).toBe('boolean')
      }),
    )
  })

  it('refuse oversized, truncated, unknown and undecodable frames', () => {
    expect(decodeFrame(new Uint8Array(MAX_FRAME_BYTES + 1))).toEqual({ ok: false, reason: 'oversized frame' })
    expect(decodeFrame(new Uint8Array([3, 0]))).toEqual({ ok: false, reason: 'truncated frame' })
    expect(decodeFrame(new Uint8Array([99, 0, 0, 0, 0]))).toEqual({ ok: false, reason: 'unknown frame kind' })
    expect(decodeFrame(new Uint8Array([3, 0, 0, 0, 9, 1]))).toEqual({ ok: false, reason: 'bad header length' })
    expect(decodeFrame(new Uint8Array([3, 0, 0, 0, 1, 0x7b]))).toEqual({ ok: false, reason: 'undecodable header' })
  })

  it('accept only known repo message shapes', () => {
    const ok = { type: 'sync', senderId: 'a', targetId: 'b', documentId: '2ZnnsmxWqyRUkSc3h4Xt3sB2w9ua' }
    expect(repoMessageHeader.safeParse(ok).success).toBe(true)
    expect(repoMessageHeader.safeParse({ ...ok, type: 'evil' }).success).toBe(false)
    expect(repoMessageHeader.safeParse({ ...ok, documentId: '../../etc/passwd' }).success).toBe(false)
    expect(repoMessageHeader.safeParse({ ...ok, extra: 1 }).success).toBe(false)
  })
})

describe('MAC input layout', () => {
  it('binds context, role, handshake hash and public key', () => {
    const hash = new Uint8Array(64).fill(7)
    const key = new Uint8Array(32).fill(9)
    const input = authInput('initiator', hash, key)
    const context = new TextEncoder().encode('massline/sync/auth/v1')
    expect(input.subarray(0, context.length)).toEqual(context)
    expect([...input.subarray(context.length, context.length + 2)]).toEqual([0, 1])
    expect(authInput('responder', hash, key)[context.length + 1]).toBe(2)
    expect(input.subarray(context.length + 2, context.length + 66)).toEqual(hash)
    expect(input.subarray(context.length + 66)).toEqual(key)
    expect(() => authInput('initiator', new Uint8Array(32), key)).toThrow()
  })
})
