import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
}

export const contentTypeOf = (file: string): string => TYPES[extname(file)] ?? 'application/octet-stream'

/**
 * The file of the built renderer a decoded URL path names (`/` is index.html), or undefined
 * when the path would climb out of its folder. Shared by the loopback host and the desktop
 * app's app:// protocol.
 */
export function rendererFile(root: string, path: string): string | undefined {
  const relative = normalize(path === '/' ? '/index.html' : path).replace(/^([/\\])+/, '')
  const file = join(root, relative)
  return file.startsWith(root + sep) && !relative.startsWith('..') ? file : undefined
}
