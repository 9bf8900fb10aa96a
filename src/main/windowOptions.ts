import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'
import type { WindowBounds } from './windowState'

/**
 * The renderer runs as an untrusted web page: isolated from the preload, sandboxed, without
 * Node, with the same-origin policy on, and unable to embed webviews or run remote content.
 */
export function secureWebPreferences(preload?: string, { devTools = false } = {}): WebPreferences {
  return {
    ...(preload ? { preload } : {}),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    // Middle-click would otherwise open links in new windows (denied anyway by the open handler).
    disableBlinkFeatures: 'Auxclick',
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    // Off in a packaged build: DevTools there would let anyone at the keyboard run code in the page.
    devTools,
  }
}

export function mainWindowOptions(bounds: WindowBounds, preload: string, { packaged }: { packaged: boolean }): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Massline',
    backgroundColor: '#1e1e1e',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preload, { devTools: !packaged }),
  }
}
