/**
 * The Content-Security-Policy for the renderer. Scripts come only from the app itself; the one
 * relaxation is 'wasm-unsafe-eval', which compiling Automerge's WebAssembly needs (it does not
 * allow eval of JavaScript). Nothing remote is ever loaded or contacted.
 */
export interface CspOptions {
  /**
   * The electron-vite dev server, in development only: its websocket carries hot reload, and
   * React Fast Refresh injects one inline module script, so dev (never a build) allows inline scripts.
   */
  devServerUrl?: string
}

export function contentSecurityPolicy(options: CspOptions = {}): string {
  const dev = options.devServerUrl ? new URL(options.devServerUrl) : null
  const devSocket = dev ? ` ${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}` : ''
  const directives: Record<string, string> = {
    'default-src': "'none'",
    'script-src': `'self'${dev ? " 'unsafe-inline'" : ''} 'wasm-unsafe-eval'`,
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self' data:",
    'connect-src': `'self'${devSocket}`,
    'worker-src': "'self' blob:",
    'media-src': "'none'",
    'object-src': "'none'",
    'frame-src': "'none'",
    'child-src': "'none'",
    'manifest-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
    'frame-ancestors': "'none'",
  }
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')
}

/** The same policy minus what a <meta> tag cannot carry (browsers ignore frame-ancestors there). */
export function metaContentSecurityPolicy(options: CspOptions = {}): string {
  return contentSecurityPolicy(options)
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ')
}

/** Response headers with our policy replacing any the response carried. */
export function withCsp(headers: Record<string, string[]> | undefined, policy: string): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy')
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] }
}
