import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, metaContentSecurityPolicy, metaPolicyOf, renderCspMeta } from './csp'

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


  it('allows the extra socket origins it is given, and nothing else', () => {
    const host = directives(contentSecurityPolicy({ connectSources: ['ws://127.0.0.1:4312'] }))
    expect(host.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:4312'])
    expect(host.get('script-src')).toEqual(built.get('script-src'))
  })

  // Under file:// in Electron no response header applies: the page's meta tag is its policy.
  it('is written into the renderer page as a strict meta policy', () => {
    const page = renderCspMeta(readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8'))
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(page)
    expect(meta).not.toBeNull()
    const policy = directives(meta![1]!)
    expect(policy.get('script-src')).toEqual(built.get('script-src'))
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    for (const values of policy.values()) for (const value of values) expect(value).toMatch(/^('[a-z-]+'|data:|blob:)$/)
  })

  it('is the production policy, to the letter, in the source page as well', () => {
    expect(metaPolicyOf(readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8'))).toBe(metaContentSecurityPolicy())
  })

  it('writes the development variant into the page under the dev server', () => {
    const page = renderCspMeta(readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8'), { devServerUrl: 'http://localhost:5173/' })
    expect(metaPolicyOf(page)).toMatch(/connect-src 'self' ws:\/\/localhost:5173/)
  })

  it('refuses a page without a policy tag', () => {
    expect(() => renderCspMeta('<html></html>')).toThrow(/meta tag/)
  })
})
