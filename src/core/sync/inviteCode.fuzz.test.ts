import { randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anyString, fuzz } from '../../../test/support/fuzz'
import { decodeInviteCode, encodeInviteCode } from './inviteCode'

const CLEAR_ERRORS = /^(This is not a Massline invite code|This invite code is mistyped or incomplete|This invite code is too long|This invite code is from an older version)/

const INVITER = randomBytes(32).toString('hex')
const encode = (key: Uint8Array) => encodeInviteCode(key, INVITER)

/** Decodes, and returns the key or the error message; any other outcome fails the property. */
function outcome(code: string): Buffer | string {
  try {
    const decoded = decodeInviteCode(code)
    expect(decoded.inviterKey).toBe(INVITER)
    return decoded.pairingKey
  } catch (e) {
    expect(e).toBeInstanceOf(Error)
    expect((e as Error).message).toMatch(CLEAR_ERRORS)
    return (e as Error).message
  }
}

const valid = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((key) => encode(key))

/** A valid code with one character replaced, inserted or removed. */
const mistyped = fc
  .tuple(valid, fc.nat(), fc.string({ minLength: 0, maxLength: 2 }), fc.nat(2))
  .map(([code, at, text, drop]) => {
    const i = at % code.length
    return code.slice(0, i) + text + code.slice(i + drop)
  })

describe('invite code fuzzing', () => {
  it('decode any string to the key or a clear error', async () => {
    await fuzz(fc.oneof(fc.string(), anyString(), mistyped, valid), (code) => {
      const result = outcome(code)
      if (typeof result !== 'string') expect(encode(result)).toBe(code.replace(/\s+/g, ''))
    })
  })

  it('accept a valid code with whitespace around and inside it', async () => {
    await fuzz(fc.tuple(valid, fc.nat(), fc.constantFrom(' ', '\n', '\t', '\r\n')), ([code, at, space]) => {
      const i = at % code.length
      expect(encode(outcome(` ${code.slice(0, i)}${space}${code.slice(i)}\n`) as Buffer)).toBe(code)
    })
  })

  it('refuse a code with characters base64url does not have, instead of skipping them', () => {
    const code = encode(randomBytes(32))
    expect(outcome(code.slice(0, 30) + '!' + code.slice(30))).toMatch(/mistyped/)
    expect(outcome(code + '=')).toMatch(/mistyped/)
    const spareBits = code.slice(0, -1) + String.fromCharCode(code.charCodeAt(code.length - 1) ^ 1)
    expect(outcome(spareBits)).toMatch(/mistyped/)
  })

  it('refuse a huge paste at once', () => {
    expect(outcome('massline-invite:2:' + 'A'.repeat(5_000_000))).toMatch(/too long/)
  })
})
