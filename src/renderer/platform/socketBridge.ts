import { bridgeClient, type Bridge } from '../../shared/bridge/bridgeClient'
import type { BridgeFrame } from '../../shared/bridge/messages'
import type { CoreEventName } from '../../shared/contract'

/** The bridge over the loopback host's WebSocket: numbered calls, results by number, events. */
export async function socketBridge(url: string, onClose: () => void): Promise<Bridge> {
  const socket = new WebSocket(url)
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  const listeners = new Map<CoreEventName, Set<(payload: unknown) => void>>()
  let nextId = 1

  socket.addEventListener('message', (message) => {
    const frame = JSON.parse(String(message.data)) as BridgeFrame
    if (frame.kind === 'result') {
      const call = pending.get(frame.id)
      pending.delete(frame.id)
      if (frame.ok) call?.resolve(frame.value)
      else call?.reject(new Error(frame.error))
    } else if (frame.kind === 'event') {
      listeners.get(frame.name)?.forEach((listener) => listener(frame.payload))
    }
  })
  socket.addEventListener('close', () => {
    for (const call of pending.values()) call.reject(new Error('Lost the connection to the Massline core'))
    pending.clear()
    onClose()
  })
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true })
    socket.addEventListener('error', () => reject(new Error('Could not reach the Massline core')), { once: true })
  })

  return bridgeClient(
    (method, args) =>
      new Promise((resolve, reject) => {
        const id = nextId++
        pending.set(id, { resolve, reject })
        socket.send(JSON.stringify({ kind: 'call', id, method, args }))
      }),
    (event, listener) => {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      set.add(listener)
      return () => set.delete(listener)
    },
  )
}
