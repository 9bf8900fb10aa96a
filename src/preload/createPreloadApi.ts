import { CONNECT_SYNC_CHANNEL, type PreloadApi } from '../shared/bridge/preloadApi'
import { EVENT_CHANNEL, channelFor, isCoreMethod } from '../shared/contract'

/** The slice of ipcRenderer the preload uses (structural, so tests need no Electron). */
export interface PreloadIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  send(channel: string, ...args: unknown[]): void
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
}

/**
 * What the page gets on `window.massline`: calls reach only the core's own channels (a page cannot
 * name an arbitrary IPC channel), and no Electron object ever crosses into the page.
 */
export function createPreloadApi(ipc: PreloadIpc): PreloadApi {
  return {
    invoke(method, args) {
      if (!isCoreMethod(method)) return Promise.reject(new Error(`Unknown bridge method ${String(method).slice(0, 80)}`))
      return ipc.invoke(channelFor(method), args)
    },
    onEvent(listener) {
      const relay = (_event: unknown, name: unknown, payload: unknown) => {
        if (typeof name === 'string') listener(name, payload)
      }
      ipc.on(EVENT_CHANNEL, relay)
      return () => void ipc.removeListener(EVENT_CHANNEL, relay)
    },
    connectSync(notebookId) {
      if (typeof notebookId === 'string' && notebookId.length > 0 && notebookId.length <= 200) ipc.send(CONNECT_SYNC_CHANNEL, notebookId)
    },
  }
}
