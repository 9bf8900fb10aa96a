import { createServer, type IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServerAdapter } from '@automerge/automerge-repo-network-websocket'
import { WebSocketServer } from 'ws'
import { contentSecurityPolicy } from '../../shared/csp'
import { createCore, type Core } from '../app/createCore'
import type { TransportOptions } from '../sync/transports'
import { MAX_FRAME_BYTES, serveBridge } from './bridgeSocket'
import { authorize, newToken, TOKEN_COOKIE } from './hostAuth'
import { serveStatic } from './serveStatic'
import { nodeKeyVault } from '../atRest/keyWrappings'

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
  let port = 0

  const syncServer = (notebookId: string): Promise<WebSocketServer> => {
    let pending = syncServers.get(notebookId)
    if (!pending) {
      pending = (async () => {
        const server = new WebSocketServer({ noServer: true, maxPayload: 64 << 20 })
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

  const server = createServer(async (request, response) => {
    const auth = authorize(request, token, port)
    if (!auth.ok) return void response.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden')
    const headers: Record<string, string> = {
      'content-security-policy': contentSecurityPolicy({ connectSources: [`ws://127.0.0.1:${port}`] }),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    }
    if (auth.viaQuery) headers['set-cookie'] = `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value)
    await serveStatic(options.rendererDir, new URL(request.url ?? '/', 'http://x').pathname, response)
  })

  server.on('upgrade', async (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!authorize(request, token, port).ok) return void socket.destroy()
    const path = new URL(request.url ?? '/', 'http://x').pathname
    const sync = /^\/sync\/([\w-]{1,100})$/.exec(path)
    try {
      const target = path === '/bridge' ? bridge : sync ? await syncServer(sync[1]!) : undefined
      if (!target) return void socket.destroy()
      target.handleUpgrade(request, socket, head, (ws) => target.emit('connection', ws, request))
    } catch {
      socket.destroy()
    }
  })

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
