import { WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket'
import type { Platform } from './Platform'
import { socketBridge } from './socketBridge'

/** In a browser against the loopback host: the token cookie (set on first load) authenticates both sockets. */
export async function createHostPlatform(onDisconnect: () => void): Promise<Platform> {
  const base = `ws://${location.host}`
  return {
    kind: 'host',
    bridge: await socketBridge(`${base}/bridge`, onDisconnect),
    async syncAdapter(notebookId) {
      return new WebSocketClientAdapter(`${base}/sync/${encodeURIComponent(notebookId)}`)
    },
  }
}
