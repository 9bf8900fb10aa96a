import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'

type Log = (message: string) => void
const logError: Log = (message) => console.error(message)

/**
 * A request handler whose failure is logged and answered with 500, never left as an
 * unhandled rejection (which would end the host's process, and every open notebook with it).
 */
export function guardRequests(handler: (request: IncomingMessage, response: ServerResponse) => Promise<void>, log = logError) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    handler(request, response).catch((error: unknown) => {
      log(`Massline host: ${request.method} request failed: ${(error as Error)?.stack ?? String(error)}`)
      if (response.headersSent) response.destroy()
      else response.writeHead(500, { 'content-type': 'text/plain' }).end('Internal error')
    })
  }
}

/** The same for WebSocket upgrades: a failure is logged and the socket dropped. */
export function guardUpgrades(handler: (request: IncomingMessage, socket: Duplex, head: Buffer) => Promise<void>, log = logError) {
  return (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // An upgrading socket has no error listener of its own until ws takes it.
    socket.on('error', () => socket.destroy())
    handler(request, socket, head).catch((error: unknown) => {
      log(`Massline host: upgrade failed: ${(error as Error)?.stack ?? String(error)}`)
      socket.destroy()
    })
  }
}
