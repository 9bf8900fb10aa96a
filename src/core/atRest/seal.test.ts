import { describe, expect, it } from 'vitest'
import { isSealed, newStorageKey, seal, SealedDataError, unseal } from './seal'

describe('seal', () => {
  const key = newStorageKey()
  const text = Buffer.from('Rosa Parks +1 212 555 0199')

  it('round-trips and hides the plaintext, with a fresh nonce each time', () => {
    const a = seal(key, text, 'store/doc')
    const b = seal(key, text, 'store/doc')
    expect(isSealed(a)).toBe(true)
    expect(Buffer.from(a).includes(Buffer.from('Rosa'))).toBe(false)
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false)
    expect(Buffer.from(unseal(key, a, 'store/doc')).toString()).toBe(text.toString())
  })

  it('refuses another key as a wrong key, naming the file', () => {
    const sealed = seal(key, text, 'index/contacts.json')
    expect(() => unseal(newStorageKey(), sealed, 'index/contacts.json')).toThrow(/index\/contacts\.json was sealed with another storage key/)
  })

  it('refuses a flipped byte, a truncation and a blob moved to another name as damage', () => {
    const sealed = seal(key, text, 'a')
    const flipped = Uint8Array.from(sealed)
    flipped[flipped.length - 1]! ^= 1
    for (const [bytes, label] of [[flipped, 'a'], [sealed.subarray(0, 40), 'a'], [sealed, 'b']] as const) {
      const error = (() => {
        try {
          unseal(key, bytes, label)
        } catch (e) {
          return e
        }
      })()
      expect(error).toBeInstanceOf(SealedDataError)
      expect((error as SealedDataError).wrongKey).toBe(false)
    }
  })

  it('refuses clear bytes where a sealed value belongs', () => {
    expect(() => unseal(key, Buffer.from('{"rows":[]}'), 'index/contacts.json')).toThrow(/index\/contacts\.json is not sealed/)
  })
})
