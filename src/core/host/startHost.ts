import { createServer, type IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServerAdapter } from '@automerge/automerge-repo-network-websocket'
import { WebSocketServer } from 'ws'
import { contentSecurityPolicy } from '../../shared/csp'
import { createCore, type Core } from '../app/createCore'
import type { TransportOptions } from '../sync/transports'
import { MAX_FRAME_BYTES, serveBridge } from './bridgeSocket'
import { guardRequests, guardUpgrades } from './guarded'
import { admitRequest, admitUpgrade, newToken, TOKEN_COOKIE } from './hostAuth'
import { serveStatic } from './serveStatic'
import { nodeKeyVault } from '../atRest/keyWrappings'

// Browsers send a few KiB of headers; Node's default, stated so it stays a decision.
const MAX_HEADER_BYTES = 16 << 10
// One automerge-repo message: a whole-document snapshot of a large notebook shard fits.
const MAX_SYNC_MESSAGE_BYTES = 64 << 20

export interface HostOptions {
  home: string
  /** The built renderer (out/renderer). */
  rendererDir: string
  port?: number
  token?: string
  syncTransport?: TransportOptions
}

export interface Host {
  url: string
  token: string
  port: number
  core: Core
  close(): Promise<void>
}

/**
 * A development and testing host: the same core as the desktop app, serving the built
 * renderer to a browser on 127.0.0.1 only. Every request and socket needs the run's token.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const core = await createCore({ home: options.home, keys: nodeKeyVault(options.home), ...(options.syncTransport ? { syncTransport: options.syncTransport } : {}) })
  const token = options.token ?? newToken()
  const bridge = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES })
  bridge.on('connection', (socket) => serveBridge(core, socket))
  const syncServers = new Map<string, Promise<WebSocketServer>>()
  // Locked, the windows' document sync is cut (the core drops the servers' adapters): their sockets go too.
  core.windows.onLock(() => {
    for (const pending of syncServers.values()) void pending.then((server) => (server.clients.forEach((ws) => ws.terminate()), server.close()))
    syncServers.clear()
  })
  let port = 0

  const syncServer = (notebookId: string): Promise<WebSocketServer> => {
    let pending = syncServers.get(notebookId)
    if (!pending) {
      pending = (async () => {
        const server = new WebSocketServer({ noServer: true, maxPayload: MAX_SYNC_MESSAGE_BYTES })
        // isomorphic-ws declares its own WebSocketServer type; at run time it is this `ws` server.
        type AdapterServer = ConstructorParameters<typeof WebSocketServerAdapter>[0]
        await core.connectUi(notebookId, new WebSocketServerAdapter(server as unknown as AdapterServer))
        return server
      })()
      pending.catch(() => syncServers.delete(notebookId))
      syncServers.set(notebookId, pending)
    }
    return pending
  }

  const server = createServer(
    { maxHeaderSize: MAX_HEADER_BYTES, headersTimeout: 10_000, requestTimeout: 30_000 },
    guardRequests(async (request, response) => {
      const admission = admitRequest(request, token, port)
      if (!admission.ok) return void response.writeHead(admission.status, { 'content-type': 'text/plain', connection: 'close' }).end(admission.reason)
      const headers: Record<string, string> = {
        'content-security-policy': contentSecurityPolicy({ connectSources: [`ws://127.0.0.1:${port}`] }),
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      }
      if (admission.viaQuery) headers['set-cookie'] = `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`
      for (const [name, value] of Object.entries(headers)) response.setHeader(name, value)
      await serveStatic(options.rendererDir, admission.target.path, response)
    }),
  )

  server.on(
    'upgrade',
    guardUpgrades(async (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      const admission = admitUpgrade(request, token, port)
      if (!admission.ok) return void socket.end(`HTTP/1.1 ${admission.status} ${admission.reason}\r\nConnection: close\r\n\r\n`)
      const path = admission.target.path
      const sync = /^\/sync\/([\w-]{1,100})$/.exec(path)
      if (sync && core.windows.locked) return void socket.end('HTTP/1.1 423 Locked\r\nConnection: close\r\n\r\n')
      const target = path === '/bridge' ? bridge : sync ? await syncServer(sync[1]!) : undefined
      if (!target) return void socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n')
      target.handleUpgrade(request, socket, head, (ws) => target.emit('connection', ws, request))
    }),
  )

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  port = (server.address() as { port: number }).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    core,
    async close() {
      for (const ws of bridge.clients) ws.terminate()
      for (const pending of syncServers.values()) for (const ws of (await pending).clients) ws.terminate()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await core.close()
    },
  }
}
