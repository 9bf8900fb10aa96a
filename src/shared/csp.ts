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
  /** Extra socket origins the page talks to (the loopback host's own ws:// address). */
  connectSources?: string[]
}

export function contentSecurityPolicy(options: CspOptions = {}): string {
  const dev = options.devServerUrl ? new URL(options.devServerUrl) : null
  const sockets = [...(dev ? [`${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}`] : []), ...(options.connectSources ?? [])]
  const directives: Record<string, string> = {
    'default-src': "'none'",
    'script-src': `'self'${dev ? " 'unsafe-inline'" : ''} 'wasm-unsafe-eval'`,
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self' data:",
    'connect-src': ["'self'", ...sockets].join(' '),
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

const META_CSP = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i

/**
 * Writes the policy into the page's meta tag at build time (vite's transformIndexHtml); the
 * dev-server variant under `npm run dev`. Under file:// in Electron no response header
 * applies, so the meta tag is the page's policy. index.html holds the production policy
 * literally, so scanners that read the source see it; a test keeps the two equal.
 */
export function renderCspMeta(html: string, options: CspOptions = {}): string {
  if (!META_CSP.test(html)) throw new Error('index.html must hold a Content-Security-Policy meta tag')
  return html.replace(META_CSP, (_, start: string, _old: string, end: string) => `${start}${metaContentSecurityPolicy(options)}${end}`)
}

/** The policy a page's meta tag carries, or undefined. */
export function metaPolicyOf(html: string): string | undefined {
  return META_CSP.exec(html)?.[2]
}
