import type { NetworkAdapterInterface } from '@automerge/automerge-repo'
import { MessageChannelNetworkAdapter } from '@automerge/automerge-repo-network-messagechannel'
import { bridgeClient } from '../../shared/bridge/bridgeClient'
import { SYNC_PORT_MESSAGE, type PreloadApi } from '../../shared/bridge/preloadApi'
import type { Platform } from './Platform'

/** How long to wait for the main process to hand over a notebook's port before giving up. */
const PORT_TIMEOUT_MS = 15_000

/** Inside Electron: the bridge goes through the preload's `window.massline`, sync over a MessagePort. */
export function createElectronPlatform(preload: PreloadApi | undefined = window.massline): Platform {
  if (!preload) throw new Error('The Massline preload is missing')
  const bridge = bridgeClient(
    (method, args) => preload.invoke(method, args),
    (event, listener) => preload.onEvent((name, payload) => name === event && listener(payload)),
  )
  return { kind: 'electron', bridge, syncAdapter: (notebookId) => receivePort(preload, notebookId) }
}

function receivePort(preload: PreloadApi, notebookId: string): Promise<NetworkAdapterInterface> {
  return new Promise((resolve, reject) => {
    const done = () => {
      window.removeEventListener('message', onMessage)
      clearTimeout(timer)
    }
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: unknown; notebookId?: unknown } | null
      // The preload posts to this very window; anything else (another frame, a stray message) is ignored.
      if (event.source !== window || data?.type !== SYNC_PORT_MESSAGE || data.notebookId !== notebookId) return
      const port = event.ports[0]
      if (!port) return
      done()
      resolve(new MessageChannelNetworkAdapter(port))
    }
    const timer = setTimeout(() => {
      done()
      reject(new Error(`No sync connection for notebook ${notebookId}`))
    }, PORT_TIMEOUT_MS)
    window.addEventListener('message', onMessage)
    preload.connectSync(notebookId)
  })
}
