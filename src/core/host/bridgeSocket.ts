import type { WebSocket } from 'ws'
import { dispatch } from '../../shared/bridge/dispatch'
import type { BridgeFrame } from '../../shared/bridge/messages'
import type { Core } from '../app/createCore'

// A contact import sends the chosen file's text in one call: a 10,000-row export is a few MB.
export const MAX_FRAME_BYTES = 64 << 20

/** The bridge over one WebSocket: calls in, results and core events out. */
export function serveBridge(core: Core, socket: WebSocket): void {
  const send = (frame: BridgeFrame) => socket.readyState === socket.OPEN && socket.send(JSON.stringify(frame))
  const unsubscribe = core.subscribe((name, payload) => send({ kind: 'event', name, payload } as BridgeFrame))
  socket.on('close', unsubscribe)
  socket.on('message', async (data, isBinary) => {
    const size = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : (data as Buffer).byteLength
    if (isBinary || size > MAX_FRAME_BYTES) return socket.close(1009, 'Frame refused')
    let frame: { kind?: unknown; id?: unknown; method?: unknown; args?: unknown }
    try {
      frame = JSON.parse(String(data))
    } catch {
      return socket.close(1007, 'Not JSON')
    }
    if (frame.kind !== 'call' || typeof frame.id !== 'number') return socket.close(1008, 'Not a call')
    const id = frame.id
    try {
      send({ kind: 'result', id, ok: true, value: await dispatch(core.api, frame.method, frame.args) })
    } catch (error) {
      send({ kind: 'result', id, ok: false, error: (error as Error).message })
    }
  })
}
