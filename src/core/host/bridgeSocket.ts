import type { WebSocket } from 'ws'
import { dispatch } from '../../shared/bridge/dispatch'
import type { BridgeFrame } from '../../shared/bridge/messages'
import { parseBridgeCall } from '../../shared/bridge/parseCall'
import type { Core } from '../app/createCore'

// A contact import sends the chosen file's text in one call: a 10,000-row export is a few MB.
export const MAX_FRAME_BYTES = 64 << 20

/** The bridge over one WebSocket: calls in, results and core events out. */
export function serveBridge(core: Core, socket: WebSocket, log = (message: string) => console.error(message)): void {
  const send = (frame: BridgeFrame) => socket.readyState === socket.OPEN && socket.send(JSON.stringify(frame))
  const unsubscribe = core.subscribe((name, payload) => send({ kind: 'event', name, payload } as BridgeFrame))
  socket.on('close', unsubscribe)
  socket.on('message', (data, isBinary) => {
    const size = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : (data as Buffer).byteLength
    if (isBinary || size > MAX_FRAME_BYTES) return socket.close(1009, 'Frame refused')
    const call = parseBridgeCall(String(data))
    if (!call.ok) return socket.close(call.code, call.reason)
    const answer = async () => {
      try {
        send({ kind: 'result', id: call.id, ok: true, value: await dispatch(core.api, call.method, call.args) })
      } catch (error) {
        send({ kind: 'result', id: call.id, ok: false, error: (error as Error).message })
      }
    }
    // A failure past the answer (the socket gone mid-send) is logged; it must not end the host.
    answer().catch((error: Error) => log(`Massline host: bridge call ${call.method} failed: ${error.message}`))
  })
}
