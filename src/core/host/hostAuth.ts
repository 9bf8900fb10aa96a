import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

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

/**
 * Whether a request may reach the host: it must name our loopback address and port (so a
 * web page elsewhere cannot reach us through DNS rebinding) and carry the run's token, in
 * the query or in the cookie set on the first load.
 */
export function authorize(request: IncomingMessage, token: string, port: number): { ok: boolean; viaQuery: boolean } {
  const host = request.headers.host ?? ''
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return { ok: false, viaQuery: false }
  const url = new URL(request.url ?? '/', `http://${host}`)
  const fromQuery = url.searchParams.get('token')
  if (fromQuery !== null) return { ok: same(fromQuery, token), viaQuery: true }
  const fromCookie = cookieToken(request.headers.cookie)
  return { ok: fromCookie !== undefined && same(fromCookie, token), viaQuery: false }
}
