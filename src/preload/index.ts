import { contextBridge, ipcRenderer } from 'electron'
import { CONNECT_SYNC_CHANNEL, SYNC_PORT_MESSAGE } from '../shared/bridge/preloadApi'
import { createPreloadApi } from './createPreloadApi'

// Sandboxed preload: exposes the tiny bridge API and hands sync MessagePorts to the page.
contextBridge.exposeInMainWorld('massline', createPreloadApi(ipcRenderer))

// MessagePorts cannot cross contextBridge; the documented way is a window message carrying the
// port. It is posted to this same window, whose origin (app:// or the dev server) it does not know, hence '*'.
ipcRenderer.on(CONNECT_SYNC_CHANNEL, (event, message: { notebookId?: unknown } | undefined) => {
  const notebookId = message?.notebookId
  if (typeof notebookId !== 'string' || event.ports.length !== 1) return
  window.postMessage({ type: SYNC_PORT_MESSAGE, notebookId }, '*', event.ports)
})
