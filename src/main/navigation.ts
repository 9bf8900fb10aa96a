/**
 * Where the window may go and what may be opened outside it. The app lives at one URL: the
 * renderer's index.html on our app:// scheme in a build, or the electron-vite dev server in development.
 */

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** True when `candidate` is our own app page (any hash or query), never another page or origin. */
export function isAppUrl(candidate: string, appUrl: string): boolean {
  const target = parse(candidate)
  const app = parse(appUrl)
  if (!target || !app) return false
  // The dev server: its whole origin. Our own scheme (whose origin URL calls opaque): that one page.
  if (app.protocol === 'http:' || app.protocol === 'https:') return target.origin === app.origin
  return target.protocol === app.protocol && target.host === app.host && target.pathname === app.pathname
}

/** Only plain web links leave the app, and only to the system browser. */
export function canOpenExternally(url: string): boolean {
  const target = parse(url)
  return !!target && (target.protocol === 'https:' || target.protocol === 'http:') && !target.username && !target.password
}

/** Navigation of the main frame away from the app is refused; the renderer routes in-page. */
export function mayNavigate(url: string, appUrl: string): boolean {
  return isAppUrl(url, appUrl)
}
