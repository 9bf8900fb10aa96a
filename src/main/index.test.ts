import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Repo } from '@automerge/automerge-repo'
import { MessageChannelNetworkAdapter } from '@automerge/automerge-repo-network-messagechannel'
import type { MenuItemConstructorOptions } from 'electron'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CONNECT_SYNC_CHANNEL } from '../shared/bridge/preloadApi'
import { EVENT_CHANNEL, channelFor, type NotebookSummary } from '../shared/contract'
import * as electron from '../../test/support/fakeElectron'
import { domPortFromMain } from './portShim'

// Runs the real main-process wiring (index.ts and all it calls, with a real core) against the
// stand-in Electron API, since no Electron binary runs here: it checks our wiring, not Electron.
vi.mock('electron', () => import('../../test/support/fakeElectron'))

const { state, ipcMain, defaultSession, app } = electron
let window: electron.BrowserWindow
let contents: electron.WebContents

const trusted = () => ({ sender: contents, senderFrame: contents.mainFrame })
const foreign = () => ({ sender: contents, senderFrame: { url: 'https://evil.example/' } })
// Electron turns a throwing handler into a rejected invoke; so does this async wrapper.
const call = async (method: string, event: object, args: unknown) => ipcMain.handlers.get(channelFor(method as never))!(event, args)

beforeAll(async () => {
  state.home = await mkdtemp(join(tmpdir(), 'massline-main-'))
  await import('./index')
  await vi.waitFor(() => expect(state.windows).toHaveLength(1), { timeout: 10_000 })
  window = state.windows[0]!
  contents = window.webContents
  await vi.waitFor(() => expect(contents.mainFrame.url).toBe('app://massline/index.html'))
})
afterAll(() => rm(state.home, { recursive: true, force: true }))

describe('main process wiring', () => {
  it('opens a hardened window with the CommonJS preload, and no DevTools in a packaged build', () => {
    const prefs = window.options['webPreferences'] as Record<string, unknown>
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, devTools: false })
    expect(prefs['preload']).toMatch(/[/\\]preload[/\\]index\.cjs$/)
  })

  it('serves the page from app://, giving out only files of the renderer folder, with our CSP', async () => {
    expect(state.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }])
    const get = (url: string) => state.protocols.get('app')!(new Request(url))
    const page = await get('app://massline/index.html')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self' 'wasm-unsafe-eval'/)
    for (const url of ['app://massline/..%2F..%2Fpackage.json', 'app://massline/%2e%2e/main/index.ts', 'app://other/index.html', 'app://massline/%E0%A4%A', 'app://massline/nope.js']) {
      expect((await get(url)).status, url).toBe(404)
    }
  })

  it('serves the bridge to our page only', async () => {
    const notebooks = (await call('listNotebooks', trusted(), {})) as NotebookSummary[]
    expect(notebooks.length).toBeGreaterThan(0)
    await expect(call('listNotebooks', foreign(), {})).rejects.toThrow(/untrusted/)
    await expect(call('createNotebook', trusted(), { name: '' })).rejects.toThrow(/Bad arguments/)
  })

  it('hardens the session and every web contents', () => {
    let headers: Record<string, string[]> = {}
    defaultSession.onHeaders!({ responseHeaders: {} }, (r) => (headers = r.responseHeaders))
    expect(headers['Content-Security-Policy']?.[0]).toMatch(/script-src 'self' 'wasm-unsafe-eval'/)
    let granted: boolean | undefined
    defaultSession.onPermissionRequest!(contents, 'media', (g) => (granted = g))
    expect(granted).toBe(false)
    expect(defaultSession.onPermissionCheck!(contents, 'notifications')).toBe(false)
    expect(contents.tryNavigate('will-navigate', 'https://evil.example/')).toBe(false)
    expect(contents.tryNavigate('will-redirect', 'file:///etc/passwd')).toBe(false)
    expect(contents.tryNavigate('will-navigate', `${contents.mainFrame.url}#/contacts`)).toBe(true)
    expect(contents.tryNavigate('will-attach-webview', contents.mainFrame.url)).toBe(false)
    expect(contents.openHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' })
    expect(contents.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(state.opened).toEqual(['https://example.org/'])
  })

  it('forwards menu commands to the page', () => {
    const items = (state.menu as MenuItemConstructorOptions[]).flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []))
    ;(items.find((i) => i.label === 'New Notebook…')!.click as () => void)()
    expect(contents.sent).toContainEqual([EVENT_CHANNEL, 'appCommand', { command: 'newNotebook' }])
  })

  it('hands the page a MessagePort that syncs with the notebook', async () => {
    const [notebook] = (await call('listNotebooks', trusted(), {})) as NotebookSummary[]
    ipcMain.emit(CONNECT_SYNC_CHANNEL, foreign(), notebook!.id)
    ipcMain.emit(CONNECT_SYNC_CHANNEL, trusted(), notebook!.id)
    await vi.waitFor(() => expect(contents.posted).toHaveLength(1))
    const [channel, message, ports] = contents.posted[0] as [string, unknown, electron.MessagePortMain[]]
    expect([channel, message]).toEqual([CONNECT_SYNC_CHANNEL, { notebookId: notebook!.id }])
    const ui = new Repo({ network: [new MessageChannelNetworkAdapter(domPortFromMain(ports[0]!))] })
    const root = await ui.find(notebook!.rootUrl as never)
    expect(root.doc()).toBeTruthy()
    await ui.shutdown()
  })

  it('remembers the window and flushes the core before quitting', async () => {
    window.emit('close')
    app.quit()
    expect(state.quitted).toBe(false)
    await vi.waitFor(() => expect(state.quitted).toBe(true), { timeout: 10_000 })
    const saved = JSON.parse(await readFile(join(state.home, 'window-state.json'), 'utf8'))
    expect(saved).toEqual({ x: 40, y: 30, width: 1100, height: 700, maximized: false })
  })
})
