import { readFile } from 'node:fs/promises'
import type { CustomScheme, Protocol } from 'electron'
import { contentTypeOf, rendererFile } from '../core/host/rendererFiles'
import { parseRequestTarget } from '../core/host/requestTarget'

/**
 * A build serves its page from app://massline/ rather than file://: the page gets an origin of
 * its own (file:// pages share one, and may read any file the user can), and the handler gives
 * out only files of the built renderer.
 */
export const APP_SCHEME = 'app'
export const APP_URL = 'app://massline/index.html'

/** Registered before the app is ready: a standard, secure scheme, so the page is a secure context with an origin. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }

/** The renderer file an app:// URL names, or undefined for another host, a bad path or one outside the renderer folder. */
export function appFileFor(url: string, rendererDir: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== new URL(APP_URL).host) return undefined
  const target = parseRequestTarget(parsed.pathname)
  return target && rendererFile(rendererDir, target.path)
}

/** What the protocol answers for one request: the file with its type and our CSP, or 404. */
export async function appResponse(request: Pick<Request, 'url' | 'method'>, rendererDir: string, policy: string): Promise<Response> {
  const file = request.method === 'GET' ? appFileFor(request.url, rendererDir) : undefined
  const body = file && (await readFile(file).catch(() => undefined))
  if (!file || !body) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } })
  return new Response(body, { headers: { 'content-type': contentTypeOf(file), 'content-security-policy': policy, 'x-content-type-options': 'nosniff' } })
}

export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string, policy: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(request, rendererDir, policy))
}
