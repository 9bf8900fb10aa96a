import { describe, expect, it } from 'vitest'
import { phoneDigits, phoneQuery, phoneRank, phoneSnippet } from './phoneSearch'

describe('phone search by digits', () => {
  it('takes a query of digits (spaces, dashes and a plus allowed) of three or more, nothing else', () => {
    expect(phoneQuery('0123')).toBe('0123')
    expect(phoneQuery('(212) 555-01')).toBe('21255501')
    expect(phoneQuery('+1 212')).toBe('1212')
    expect(phoneQuery('12')).toBeUndefined()
    expect(phoneQuery('3B')).toBeUndefined()
    expect(phoneQuery('12 Elm')).toBeUndefined()
  })

  it('ranks the last digits first, then the start of the national or whole number, then anywhere', () => {
    const phone = phoneDigits('+1 (212) 555-0123')
    expect(phoneRank(phone, '0123')).toBe(0)
    expect(phoneRank(phone, '212555')).toBe(1)
    expect(phoneRank(phone, '1212')).toBe(1)
    expect(phoneRank(phone, '5550')).toBe(2)
    expect(phoneRank(phone, '9999')).toBeUndefined()
  })

  it('shows every phone as entered with the typed digits marked, across the punctuation', () => {
    const { snippet, ranges } = phoneSnippet([phoneDigits('+12125550188'), phoneDigits('+1 (646) 555-0123')], '5550123')
    expect(snippet).toBe('+12125550188 · +1 (646) 555-0123')
    expect(ranges.map(([s, e]) => snippet.slice(s, e))).toEqual(['555-0123'])
  })
})
