/**
 * What the Electron preload exposes on `window.massline` (contextBridge). Kept tiny: typed
 * invoke and events for the bridge, and a request for a notebook's sync MessagePort, which
 * arrives as a window message `{ type: SYNC_PORT_MESSAGE, notebookId }` carrying the port.
 */
export interface PreloadApi {
  invoke(method: string, args: unknown): Promise<unknown>
  onEvent(listener: (name: string, payload: unknown) => void): () => void
  connectSync(notebookId: string): void
}

export const SYNC_PORT_MESSAGE = 'massline:sync-port'
export const CONNECT_SYNC_CHANNEL = 'massline:connect-sync'
