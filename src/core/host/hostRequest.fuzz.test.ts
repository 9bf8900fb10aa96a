import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anyString, fuzz, fuzzTimeout } from '../../../test/support/fuzz'
import { admitRequest, admitUpgrade, type RequestLike } from './hostAuth'
import { parseRequestTarget } from './requestTarget'

// The host decides every page and socket through these functions (startHost.ts), on the raw
// request line's target and headers as Node hands them over.
const TOKEN = 'k'.repeat(32)
const PORT = 4242

const pathChar = fc.oneof(fc.constantFrom('/', '?', '#', '%', '.', '\\', '\0', '[', ']', ':', '@', '*', '&', '='), fc.string({ maxLength: 3 }), fc.constantFrom('%E0%A4%A', '%2F', '%00', '%ff', '%zz', 'token=', TOKEN, '..'))
const target = fc.oneof(
  anyString(),
  fc.array(pathChar, { maxLength: 30 }).map((parts) => parts.join('')),
  fc.array(pathChar, { maxLength: 30 }).map((parts) => `/${parts.join('')}`),
  fc.constantFrom('http://[', '*', 'http://127.0.0.1:4242/', '//evil.example/', `/?token=${TOKEN}`, '/sync/abc', '/bridge'),
)
const headerValue = fc.oneof(anyString(), fc.constantFrom(`127.0.0.1:${PORT}`, `localhost:${PORT}`, `http://127.0.0.1:${PORT}`, 'null', 'same-origin', 'same-site', `massline_token=${TOKEN}`, `a=b; massline_token=${TOKEN}x`))
const request = fc.record(
  {
    method: fc.oneof(fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'OPTIONS', 'CONNECT'), fc.string()),
    url: target,
    headers: fc.record({ host: headerValue, origin: headerValue, cookie: headerValue, 'sec-fetch-site': headerValue }, { requiredKeys: [] }),
  },
  { requiredKeys: ['headers'] },
) as fc.Arbitrary<RequestLike>

describe('host request fuzzing (request target, Host, Origin, cookie)', () => {
  it('parses any target to a decoded path without NUL, or refuses it', async () => {
    await fuzz(target, (raw) => {
      const parsed = parseRequestTarget(raw)
      if (!parsed) return
      expect(raw.startsWith('/') && !raw.startsWith('//')).toBe(true)
      expect(parsed.path.startsWith('/') && !parsed.path.includes('\0')).toBe(true)
    })
  }, fuzzTimeout())

  it('admits only our host, a parsed target, GET or HEAD, and the token; refuses the rest with a status', async () => {
    await fuzz(request, (req) => {
      for (const admit of [admitRequest, admitUpgrade]) {
        const admission = admit(req, TOKEN, PORT)
        if (!admission.ok) {
          expect([400, 403, 405]).toContain(admission.status)
          continue
        }
        expect([`127.0.0.1:${PORT}`, `localhost:${PORT}`]).toContain(req.headers.host)
        expect(['GET', 'HEAD']).toContain(req.method)
        expect(parseRequestTarget(req.url)).toEqual(admission.target)
        const viaQuery = admission.target.query.get('token')
        expect(viaQuery ?? String(req.headers.cookie)).toContain(TOKEN)
        if (admit === admitUpgrade) expect(req.headers.origin).toMatch(new RegExp(`^http://(127\\.0\\.0\\.1|localhost):${PORT}$`))
      }
    })
  }, fuzzTimeout())
})
