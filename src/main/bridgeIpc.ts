import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron'
import type { Core } from '../core/app/createCore'
import { dispatch } from '../shared/bridge/dispatch'
import { CORE_METHODS, EVENT_CHANNEL, channelFor } from '../shared/contract'
import { isAppUrl } from './navigation'

/** Only our window's top frame, showing our app page, may call the core. */
export function isTrustedSender(event: IpcMainEvent | IpcMainInvokeEvent, window: WebContents | null, appUrl: string): boolean {
  const frame = event.senderFrame
  return !!window && event.sender === window && !!frame && frame === window.mainFrame && isAppUrl(frame.url, appUrl)
}

/** Serves every core method over `ipcMain.handle` and forwards core events to the window. */
export function serveBridge(core: Core, window: () => WebContents | null, appUrl: () => string): () => void {
  for (const method of CORE_METHODS) {
    ipcMain.handle(channelFor(method), (event, args: unknown) => {
      if (!isTrustedSender(event, window(), appUrl())) throw new Error('Bridge call from an untrusted frame')
      return dispatch(core.api, method, args)
    })
  }
  const unsubscribe = core.subscribe((name, payload) => {
    const contents = window()
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, name, payload)
  })
  return () => {
    for (const method of CORE_METHODS) ipcMain.removeHandler(channelFor(method))
    unsubscribe()
  }
}
