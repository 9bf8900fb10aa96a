import { MessageChannelNetworkAdapter } from '@automerge/automerge-repo-network-messagechannel'
import { ipcMain, MessageChannelMain, type WebContents } from 'electron'
import type { Core } from '../core/app/createCore'
import { CONNECT_SYNC_CHANNEL } from '../shared/bridge/preloadApi'
import { isTrustedSender } from './bridgeIpc'
import { domPortFromMain } from './portShim'

const isNotebookId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 200

/**
 * Gives the renderer one MessagePort per notebook it asks for: the other end joins the core's repo
 * as a UI peer. A new request for the same notebook (the view remounted) replaces the old link, and
 * a reload or crash of the page drops them all.
 */
export function serveSyncPorts(
  core: Core,
  window: () => WebContents | null,
  appUrl: () => string,
): { dropAll(): void; close(): void } {
  const links = new Map<string, () => void>()
  const drop = (notebookId: string) => {
    links.get(notebookId)?.()
    links.delete(notebookId)
  }
  const dropAll = () => [...links.keys()].forEach(drop)

  const onConnect = async (event: Electron.IpcMainEvent, notebookId: unknown) => {
    const contents = window()
    if (!contents || !isTrustedSender(event, contents, appUrl()) || !isNotebookId(notebookId)) return
    drop(notebookId)
    const { port1, port2 } = new MessageChannelMain()
    try {
      const disconnect = await core.connectUi(notebookId, new MessageChannelNetworkAdapter(domPortFromMain(port1)))
      links.set(notebookId, () => {
        disconnect()
        port1.close()
      })
      if (!contents.isDestroyed()) contents.postMessage(CONNECT_SYNC_CHANNEL, { notebookId }, [port2])
    } catch (error) {
      console.error(`Could not connect the window to notebook ${notebookId}:`, error)
      port1.close()
      port2.close()
    }
  }
  ipcMain.on(CONNECT_SYNC_CHANNEL, (event, notebookId: unknown) => void onConnect(event, notebookId))
  return {
    dropAll,
    close() {
      ipcMain.removeAllListeners(CONNECT_SYNC_CHANNEL)
      dropAll()
    },
  }
}
