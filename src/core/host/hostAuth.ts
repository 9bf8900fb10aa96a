import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import { parseRequestTarget, type RequestTarget } from './requestTarget'

export const TOKEN_COOKIE = 'massline_token'

export function newToken(): string {
  return randomBytes(24).toString('base64url')
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

function cookieToken(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === TOKEN_COOKIE) return value.join('=')
  }
  return undefined
}

export interface RequestLike {
  method?: string | undefined
  url?: string | undefined
  headers: IncomingHttpHeaders
}

export type Admission = { ok: true; target: RequestTarget; viaQuery: boolean } | { ok: false; status: 400 | 403 | 405; reason: string }

const ourOrigins = (port: number) => [`http://127.0.0.1:${port}`, `http://localhost:${port}`]

/**
 * Whether a request may reach the host, decided once for pages and sockets alike:
 * - it must name our loopback address and port, so a web page elsewhere cannot reach us
 *   through DNS rebinding;
 * - its target must parse (400 otherwise), and only GET and HEAD are served;
 * - it must carry the run's token, in the query or in the cookie set on the first load.
 */
export function admitRequest(request: RequestLike, token: string, port: number): Admission {
  const host = request.headers.host ?? ''
  if (!ourOrigins(port).includes(`http://${host}`)) return { ok: false, status: 403, reason: 'Forbidden' }
  const target = parseRequestTarget(request.url)
  if (!target) return { ok: false, status: 400, reason: 'Bad request target' }
  if (request.method !== 'GET' && request.method !== 'HEAD') return { ok: false, status: 405, reason: 'Method not allowed' }
  const fromQuery = target.query.get('token')
  const fromCookie = cookieToken(request.headers.cookie)
  const ok = fromQuery !== null ? same(fromQuery, token) : fromCookie !== undefined && same(fromCookie, token)
  return ok ? { ok, target, viaQuery: fromQuery !== null } : { ok, status: 403, reason: 'Forbidden' }
}

/**
 * A WebSocket (the bridge, a notebook's sync) must also come from our own page. Cookies
 * ignore ports, so a page served from any other port of 127.0.0.1 would carry our cookie:
 * its browser names it in Origin (always sent on a WebSocket handshake) and Sec-Fetch-Site.
 */
export function admitUpgrade(request: RequestLike, token: string, port: number): Admission {
  const admission = admitRequest(request, token, port)
  if (!admission.ok) return admission
  const { origin, 'sec-fetch-site': site } = request.headers
  if (!origin || !ourOrigins(port).includes(origin)) return { ok: false, status: 403, reason: 'Forbidden origin' }
  if (site !== undefined && site !== 'same-origin') return { ok: false, status: 403, reason: 'Forbidden origin' }
  return admission
}
