import { app, shell, type Session, type WebContents } from 'electron'
import { contentSecurityPolicy } from '../shared/csp'
import { withCsp } from './csp'
import { canOpenExternally, mayNavigate } from './navigation'

/**
 * Session-wide defences: our CSP on every HTTP response (the dev server; a build's app:// page
 * gets the same policy from its protocol handler, and in its meta tag), and no permission (camera, notifications, geolocation…)
 * ever granted to web content.
 */
export function hardenSession(session: Session, devServerUrl: string | undefined): void {
  const policy = contentSecurityPolicy(devServerUrl ? { devServerUrl } : {})
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders, policy) })
  })
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/** Every web contents (ours, or any a bug lets appear) may not leave the app, open windows or attach webviews. */
export function guardAllWebContents(appUrl: () => string): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, appUrl))
}

function guardWebContents(contents: WebContents, appUrl: () => string): void {
  contents.on('will-attach-webview', (event) => event.preventDefault())
  const refuseForeign = (event: { url: string; preventDefault(): void }) => {
    if (!mayNavigate(event.url, appUrl())) event.preventDefault()
  }
  contents.on('will-navigate', refuseForeign)
  contents.on('will-redirect', refuseForeign)
  contents.on('will-frame-navigate', refuseForeign)
  contents.setWindowOpenHandler(({ url }) => {
    // Only http(s) URLs reach openExternal: canOpenExternally checks the scheme (navigation.test.ts).
    if (canOpenExternally(url)) void shell.openExternal(url) // eng-disable OPEN_EXTERNAL_JS_CHECK
    return { action: 'deny' }
  })
}
