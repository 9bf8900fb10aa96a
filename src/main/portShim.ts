/** The parts of Electron's MessagePortMain the shim uses (kept structural so tests need no Electron). */
export interface MainPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown
  on(event: 'close', listener: () => void): unknown
  postMessage(message: unknown): void
  start(): void
  close(): void
}

type Listener = (event: MessageEvent) => void

/**
 * Presents a MessagePortMain as the DOM MessagePort that automerge-repo's MessageChannelNetworkAdapter
 * expects. Two differences are bridged: events arrive via `on` rather than `addEventListener`, and
 * MessagePortMain can transfer only ports, so ArrayBuffers in a transfer list are copied instead.
 */
export function domPortFromMain(port: MainPortLike): MessagePort {
  const listeners = new Map<string, Set<Listener>>()
  const fire = (type: string, event: unknown) => listeners.get(type)?.forEach((listener) => listener(event as MessageEvent))
  port.on('message', (event) => fire('message', { data: event.data }))
  port.on('close', () => fire('close', {}))
  const shim = {
    addEventListener(type: string, listener: Listener) {
      if (!listeners.has(type)) listeners.set(type, new Set())
      listeners.get(type)!.add(listener)
    },
    removeEventListener(type: string, listener: Listener) {
      listeners.get(type)?.delete(listener)
    },
    postMessage(message: unknown) {
      port.postMessage(message)
    },
    start() {
      port.start()
    },
    close() {
      port.close()
    },
  }
  return shim as unknown as MessagePort
}
