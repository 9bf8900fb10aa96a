export interface RequestTarget {
  /** The path, percent-decoded. */
  path: string
  query: URLSearchParams
}

/**
 * Parses a request's target once, never throwing: only the origin form a browser sends to
 * a server (`/path?query`). The absolute, authority and asterisk forms are for proxies, and a
 * path that is not valid percent-encoding or decodes to a NUL byte names no file; all of those
 * give undefined, which the host answers with 400.
 */
export function parseRequestTarget(raw: string | undefined): RequestTarget | undefined {
  // `//host/…` is origin form to HTTP but a host to `new URL`; no path of ours starts so.
  if (!raw?.startsWith('/') || raw.startsWith('//')) return undefined
  const end = raw.search(/[?#]/)
  const encodedPath = end < 0 ? raw : raw.slice(0, end)
  const query = end < 0 || raw[end] === '#' ? '' : raw.slice(end + 1).split('#')[0]!
  let path: string
  try {
    path = decodeURIComponent(encodedPath)
  } catch {
    return undefined
  }
  if (path.includes('\0')) return undefined
  return { path, query: new URLSearchParams(query) }
}
