import { EventEmitter } from 'node:events'
import { pathToFileURL } from 'node:url'

/**
 * Test support: a stand-in for the slice of the Electron API the main process uses, so its wiring
 * can run under Vitest where no Electron binary exists. Behaviour is the documented one, simplified.
 */
export const state = {
  home: '',
  windows: [] as BrowserWindow[],
  opened: [] as string[],
  menu: null as unknown,
  quitted: false,
  /** Schemes registered as privileged, and the handler of each scheme. */
  privilegedSchemes: [] as unknown[],
  protocols: new Map<string, (request: Request) => Promise<Response>>(),
}

const preventable = <T extends object>(extra: T) => ({ ...extra, prevented: false, preventDefault() { this.prevented = true } })
export type Preventable = ReturnType<typeof preventable>

export const app = Object.assign(new EventEmitter(), {
  isPackaged: true,
  name: 'Massline',
  requestSingleInstanceLock: () => true,
  enableSandbox: () => {},
  whenReady: () => Promise.resolve(),
  getPath: (name: string) => (name === 'userData' ? state.home : `${state.home}/${name}`),
  quit() {
    const event = preventable({})
    app.emit('before-quit', event)
    if (!event.prevented) state.quitted = true
  },
  exit: () => {},
})

/** Behaves like Electron's MessagePortMain: `on`, queued until start(), only ports transferable. */
export class MessagePortMain extends EventEmitter {
  peer!: MessagePortMain
  private started = false
  private queue: unknown[] = []
  postMessage(message: unknown, transfer?: unknown[]): void {
    if (transfer?.length) throw new TypeError('MessagePortMain can only transfer MessagePortMain')
    const copy = structuredClone(message)
    setImmediate(() => this.peer.deliver(copy))
  }
  private deliver(data: unknown) {
    if (this.started) this.emit('message', { data, ports: [] })
    else this.queue.push(data)
  }
  start(): void {
    this.started = true
    for (const data of this.queue.splice(0)) this.emit('message', { data, ports: [] })
  }
  close(): void {
    setImmediate(() => this.peer.emit('close'))
  }
}

export class MessageChannelMain {
  port1 = new MessagePortMain()
  port2 = new MessagePortMain()
  constructor() {
    this.port1.peer = this.port2
    this.port2.peer = this.port1
  }
}

export class WebContents extends EventEmitter {
  mainFrame = { url: '' }
  sent: unknown[][] = []
  posted: unknown[][] = []
  openHandler: ((details: { url: string }) => { action: string }) | null = null
  send(...args: unknown[]) {
    this.sent.push(args)
  }
  postMessage(...args: unknown[]) {
    this.posted.push(args)
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler
  }
  isDestroyed() {
    return false
  }
  /** Emits a navigation-like event and tells whether a listener prevented it. */
  tryNavigate(event: string, url: string): boolean {
    const e = preventable({ url })
    this.emit(event, e)
    return !e.prevented
  }
}

export class BrowserWindow extends EventEmitter {
  webContents = new WebContents()
  constructor(public options: Record<string, unknown>) {
    super()
    state.windows.push(this)
    app.emit('web-contents-created', {}, this.webContents)
  }
  async loadFile(path: string) {
    this.webContents.mainFrame.url = pathToFileURL(path).href
    this.emit('ready-to-show')
  }
  async loadURL(url: string) {
    this.webContents.mainFrame.url = url
  }
  maximize() {}
  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false
  }
  isMaximized() {
    return false
  }
  isDestroyed() {
    return false
  }
  getNormalBounds() {
    return { x: 40, y: 30, width: 1100, height: 700 }
  }
}

export const ipcMain = Object.assign(new EventEmitter(), {
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  handle(channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) {
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    ipcMain.handlers.set(channel, fn)
  },
  removeHandler(channel: string) {
    ipcMain.handlers.delete(channel)
  },
})

type HeadersListener = (details: { responseHeaders?: Record<string, string[]> }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void
type PermissionRequest = (wc: unknown, permission: string, cb: (granted: boolean) => void) => void
type PermissionCheck = (...args: unknown[]) => boolean
interface FakeSession {
  onHeaders: HeadersListener | null
  onPermissionRequest: PermissionRequest | null
  onPermissionCheck: PermissionCheck | null
  webRequest: { onHeadersReceived(fn: HeadersListener): void }
  setPermissionRequestHandler(fn: PermissionRequest): void
  setPermissionCheckHandler(fn: PermissionCheck): void
}
export const defaultSession: FakeSession = {
  onHeaders: null,
  onPermissionRequest: null,
  onPermissionCheck: null,
  webRequest: { onHeadersReceived: (fn) => void (defaultSession.onHeaders = fn) },
  setPermissionRequestHandler: (fn) => void (defaultSession.onPermissionRequest = fn),
  setPermissionCheckHandler: (fn) => void (defaultSession.onPermissionCheck = fn),
}
export const session = { defaultSession }

export const screen = {
  getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
  getAllDisplays: () => [],
}
export const Menu = {
  buildFromTemplate: (template: unknown) => template,
  setApplicationMenu: (menu: unknown) => void (state.menu = menu),
}
export const dialog = { showSaveDialog: async () => ({ canceled: true }), showErrorBox: () => {}, showMessageBoxSync: () => 0 }
/** A keychain that wraps reversibly (base64 of the reversed text), so a test can tell a wrapped key from a bare one. */
export const safeStorage = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptString: (text: string) => Buffer.from([...text].reverse().join('')),
  decryptString: (bytes: Buffer) => [...bytes.toString()].reverse().join(''),
}
export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => void state.privilegedSchemes.push(...schemes),
  handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void state.protocols.set(scheme, handler),
}

export const shell = { openExternal: async (url: string) => void state.opened.push(url) }

/** No Touch ID: the lock asks for its passphrase. */
export const systemPreferences = { canPromptTouchID: () => false, promptTouchID: async () => undefined }
