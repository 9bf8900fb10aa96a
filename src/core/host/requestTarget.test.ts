import { describe, expect, it } from 'vitest'
import { parseRequestTarget } from './requestTarget'

describe('parseRequestTarget', () => {
  it('decodes the path and keeps the query apart', () => {
    const target = parseRequestTarget('/assets/a%20b.js?token=x%2By&v=1#frag')
    expect(target?.path).toBe('/assets/a b.js')
    expect(target?.query.get('token')).toBe('x+y')
    expect(parseRequestTarget('/sync/abc#x?token=1')).toMatchObject({ path: '/sync/abc' })
    expect(parseRequestTarget('/sync/abc#x?token=1')?.query.has('token')).toBe(false)
  })

  it.each([undefined, '', '*', 'http://[', 'http://127.0.0.1/', '127.0.0.1:80', '//evil.example/x', '/%E0%A4%A', '/%', '/a%00b', '/%zz'])('refuses %s', (raw) => {
    expect(parseRequestTarget(raw)).toBeUndefined()
  })

  it('never throws on a malformed query', () => {
    expect(parseRequestTarget('/?token=%E0%A4%A&&=&%')?.query.get('token')).toBe('\uFFFD%A')
  })
})
