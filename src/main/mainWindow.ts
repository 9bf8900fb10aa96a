import { BrowserWindow, screen } from 'electron'
import { mainWindowOptions } from './windowOptions'
import { clampWindowState, type WindowState } from './windowState'
import { readWindowState, writeWindowState } from './windowStateFile'

export interface MainWindowOptions {
  userData: string
  preload: string
  /** The page: the dev server in development, else our app:// page (appProtocol.ts). */
  url: string
  /** A packaged build: no DevTools. */
  packaged: boolean
  /** Called when the page is about to be replaced (reload, crash, close): its sync ports are gone. */
  onPageGone(): void
}

let saving: Promise<void> = Promise.resolve()
/** Resolves once the last window-state write has landed (awaited before quitting). */
export const windowStateSaved = (): Promise<void> => saving

/** Opens the main window where it was last left, and remembers where it is when it closes. */
export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const displays = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea)
  const state = clampWindowState(await readWindowState(options.userData), displays)
  const { maximized, ...bounds } = state
  // Electronegativity cannot follow the options into mainWindowOptions/secureWebPreferences, where
  // contextIsolation, sandbox and Auxclick are set and asserted by windowOptions.test.ts.
  const window = new BrowserWindow(mainWindowOptions(bounds, options.preload, { packaged: options.packaged })) // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  if (maximized) window.maximize()
  window.once('ready-to-show', () => window.show())

  window.on('close', () => {
    const normal = window.getNormalBounds()
    const remembered: WindowState = { ...normal, maximized: window.isMaximized() }
    saving = writeWindowState(options.userData, remembered).catch((e) => console.error('Saving the window state failed:', e))
  })
  const contents = window.webContents
  contents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) options.onPageGone()
  })
  contents.on('render-process-gone', () => options.onPageGone())
  window.on('closed', () => options.onPageGone())

  await window.loadURL(options.url)
  return window
}
