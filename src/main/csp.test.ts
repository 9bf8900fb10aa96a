import { describe, expect, it } from 'vitest'
import { withCsp } from './csp'

describe('CSP response headers', () => {
  it('replaces any policy a response carried', () => {
    const headers = withCsp({ 'content-security-policy': ['default-src *'], 'X-Other': ['1'] }, 'default-src none')
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': ['default-src none'] })
    expect(withCsp(undefined, 'p')).toEqual({ 'Content-Security-Policy': ['p'] })
  })
})
