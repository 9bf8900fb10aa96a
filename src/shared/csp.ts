/**
 * The Content-Security-Policy of every Massline page: nothing remote, no inline or eval'd
 * script (WebAssembly compilation is allowed: Automerge is WASM), no plugins, no framing.
 * Inline styles are allowed because React and Lexical set style attributes.
 */
export function contentSecurityPolicy(connectSources: string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${connectSources.map((s) => ` ${s}`).join('')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}
