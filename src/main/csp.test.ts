import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, metaContentSecurityPolicy, withCsp } from './csp'

const directives = (policy: string) =>
  new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]))

describe('content security policy', () => {
  const built = directives(contentSecurityPolicy())

  it('loads scripts only from the app, allowing WebAssembly but not eval or inline script', () => {
    expect(built.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"])
    expect(contentSecurityPolicy()).not.toMatch(/'unsafe-eval'/)
  })

  it('names no remote origin anywhere', () => {
    for (const values of built.values()) {
      for (const value of values) expect(value).toMatch(/^('[a-z-]+'|data:|blob:)$/)
    }
  })

  it('locks down the rest', () => {
    expect(built.get('default-src')).toEqual(["'none'"])
    expect(built.get('connect-src')).toEqual(["'self'"])
    expect(built.get('object-src')).toEqual(["'none'"])
    expect(built.get('base-uri')).toEqual(["'none'"])
    expect(built.get('frame-ancestors')).toEqual(["'none'"])
    expect(built.get('form-action')).toEqual(["'none'"])
  })

  it('in development adds only the dev server socket and the inline refresh preamble', () => {
    const dev = directives(contentSecurityPolicy({ devServerUrl: 'http://localhost:5173/' }))
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173'])
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"])
  })

  it('leaves frame-ancestors out of the meta tag variant, where browsers ignore it', () => {
    expect(metaContentSecurityPolicy()).not.toMatch(/frame-ancestors/)
    expect(metaContentSecurityPolicy()).toMatch(/script-src 'self' 'wasm-unsafe-eval'/)
  })

  it('replaces any policy a response carried', () => {
    const headers = withCsp({ 'content-security-policy': ['default-src *'], 'X-Other': ['1'] }, 'default-src none')
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': ['default-src none'] })
    expect(withCsp(undefined, 'p')).toEqual({ 'Content-Security-Policy': ['p'] })
  })

  // A built app loads index.html from file://, where response headers do not apply: the page's
  // meta tag is then the only policy (it is shared with the loopback host), so it must be strict too.
  const html = new URL('../renderer/index.html', import.meta.url)
  it.skipIf(!existsSync(html))('is matched by the strict meta policy of the renderer page', () => {
    const page = readFileSync(html, 'utf8')
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(page)
    expect(meta).not.toBeNull()
    const policy = directives(meta![1]!)
    expect(policy.get('script-src')).toEqual(built.get('script-src'))
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    for (const values of policy.values()) for (const value of values) expect(value).toMatch(/^('[a-z-]+'|data:|blob:)$/)
  })
})
