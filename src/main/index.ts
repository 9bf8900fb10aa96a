import { dirname, extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, Menu, protocol, safeStorage, session, systemPreferences } from 'electron'
import { createCore, type Core } from '../core/app/createCore'
import { EVENT_CHANNEL } from '../shared/contract'
import { contentSecurityPolicy } from '../shared/csp'
import { APP_SCHEME_PRIVILEGES, APP_URL, serveAppProtocol } from './appProtocol'
import { serveBridge } from './bridgeIpc'
import { desktopKeyVault } from './desktopKeyVault'
import { guardAllWebContents, hardenSession } from './hardening'
import { electronPrintToPdf } from './leafletPrinter'
import { createMainWindow, windowStateSaved } from './mainWindow'
import { menuTemplate, type AppCommand } from './menuTemplate'
import { serveSyncPorts } from './syncPorts'
import { touchIdUnlock } from './osUnlock'

// The Electron shell: wiring only. Every decision lives in the pure, unit-tested modules beside it.
const here = dirname(fileURLToPath(import.meta.url))
const rendererDir = join(here, '../renderer')
const preload = join(here, '../preload/index.cjs')
// Only an unpackaged app (electron-vite dev) may load its page from the dev server.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
const appUrl = devServerUrl ?? APP_URL
// Before the app is ready, or the scheme would not get an origin of its own.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

let mainWindow: BrowserWindow | null = null
const contents = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.enableSandbox()
  start().catch((error) => {
    console.error('Massline failed to start:', error)
    dialog.showErrorBox('Massline could not start', String(error instanceof Error ? error.message : error))
    app.exit(1)
  })
}

async function chooseExportPath(defaultName: string): Promise<string | null> {
  const extension = extname(defaultName).slice(1)
  const options = { defaultPath: join(app.getPath('documents'), defaultName), filters: [{ name: extension.toUpperCase(), extensions: [extension] }] }
  const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}

/** Without a usable OS keychain, keys can only sit in files beside the data: the user decides. */
function agreeToKeyFiles(): boolean {
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    buttons: ['Quit', 'Keep keys in a file'],
    defaultId: 0,
    cancelId: 0,
    title: 'No keychain',
    message: 'The system keychain is not available, so Massline cannot protect your notebooks’ keys with it.',
    detail: `Massline can keep the keys in files in ${app.getPath('userData')}. Anyone who copies that whole folder (a seized laptop) can then read your notebooks. Quit and set up a keychain (e.g. GNOME Keyring or KWallet) to be protected.`,
  })
  return choice === 1
}

function sendCommand(command: AppCommand): void {
  contents()?.send(EVENT_CHANNEL, 'appCommand', { command })
}

async function start(): Promise<void> {
  guardAllWebContents(() => appUrl)
  await app.whenReady()
  hardenSession(session.defaultSession, devServerUrl)
  serveAppProtocol(protocol, rendererDir, contentSecurityPolicy())
  const userData = app.getPath('userData')
  const keys = desktopKeyVault(userData, safeStorage, agreeToKeyFiles)
  if (!keys) return app.quit()
  const core = await createCore({ home: userData, keys, chooseExportPath, printToPdf: electronPrintToPdf, osUnlock: touchIdUnlock(systemPreferences, process.platform) })
  const stopBridge = serveBridge(core, contents, () => appUrl)
  const syncPorts = serveSyncPorts(core, contents, () => appUrl)
  quitAfterClosing(core, () => {
    stopBridge()
    syncPorts.close()
  })

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate({ appName: app.name, platform: process.platform, isDev: !!devServerUrl, onCommand: sendCommand })),
  )
  const openWindow = async () => {
    mainWindow = await createMainWindow({ userData, preload, url: appUrl, packaged: app.isPackaged, onPageGone: syncPorts.dropAll })
    mainWindow.on('closed', () => (mainWindow = null))
  }
  app.on('activate', () => {
    if (!mainWindow) void openWindow()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  await openWindow()
}

/** Holds the quit until the core has flushed every notebook (and the window state) to disk. */
function quitAfterClosing(core: Core, stopServing: () => void): void {
  let closed = false
  let closing: Promise<void> | null = null
  app.on('before-quit', (event) => {
    if (closed) return
    event.preventDefault()
    closing ??= (async () => {
      stopServing()
      await Promise.all([core.close().catch((error) => console.error('Closing the core failed:', error)), windowStateSaved()])
      closed = true
      app.quit()
    })()
  })
}
