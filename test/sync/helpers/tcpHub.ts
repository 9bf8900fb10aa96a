import { createServer, connect, type Server, type Socket } from 'node:net'
import NoiseSecretStream from '@hyperswarm/secret-stream'
import type { StreamSource } from '../../../src/core/sync/gate'

/** Devices that dial each other directly over loopback TCP (no discovery), for adapter tests. */
export class TcpHub {
  readonly #nodes: Array<{ port: number; onStream: ((s: NoiseSecretStream) => void) | undefined }> = []
  readonly #servers: Server[] = []
  readonly #sockets = new Set<Socket>()

  async streams(): Promise<StreamSource> {
    const keyPair = NoiseSecretStream.keyPair()
    const node = { port: 0, onStream: undefined as ((s: NoiseSecretStream) => void) | undefined }
    const server = createServer((socket) => {
      this.#track(socket)
      if (!node.onStream) return socket.destroy()
      node.onStream(new NoiseSecretStream(false, socket, { keyPair }))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    node.port = (server.address() as { port: number }).port
    this.#servers.push(server)
    this.#nodes.push(node)
    return {
      start: async (onStream) => {
        node.onStream = onStream
        for (const other of this.#nodes) {
          if (other === node || !other.onStream) continue
          const socket = connect(other.port, '127.0.0.1')
          this.#track(socket)
          onStream(new NoiseSecretStream(true, socket, { keyPair }))
        }
      },
      stop: async () => {
        node.onStream = undefined
      },
    }
  }

  close(): void {
    for (const socket of this.#sockets) socket.destroy()
    for (const server of this.#servers) server.close()
  }

  #track(socket: Socket): void {
    this.#sockets.add(socket)
    socket.on('error', () => {})
    socket.on('close', () => this.#sockets.delete(socket))
  }
}
