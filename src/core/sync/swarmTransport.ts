import Hyperswarm, { type PeerInfo } from 'hyperswarm'
import type NoiseSecretStream from '@hyperswarm/secret-stream'
import type { KeyPair } from '@hyperswarm/secret-stream'
import type { StreamSource } from './gate'

export interface SwarmOptions {
  keyPair: KeyPair
  /** DHT bootstrap nodes; the default is the public Holepunch network (never used in tests). */
  bootstrap?: Array<{ host: string; port: number }>
  banned: Set<string>
}

export interface SwarmTransport extends StreamSource {
  /** Joins these topics and leaves any others (a rotation or a closed invite changes them). */
  setTopics(topics: Buffer[]): Promise<void>
}

/**
 * Internet transport: one hyperswarm per notebook, announcing under the notebook's device
 * key on topics derived from its secrets. Hyperswarm already wraps every connection in Noise.
 */
export function swarmTransport(options: SwarmOptions): SwarmTransport {
  let swarm: Hyperswarm | undefined
  let topics = new Map<string, Buffer>()
  const joined = new Set<string>()

  const sync = async (): Promise<void> => {
    if (!swarm) return
    const current = swarm
    const discoveries = []
    for (const [hex, topic] of topics) {
      if (joined.has(hex)) continue
      joined.add(hex)
      discoveries.push(current.join(topic, { server: true, client: true }).flushed())
    }
    for (const hex of [...joined]) {
      if (topics.has(hex)) continue
      joined.delete(hex)
      await current.leave(Buffer.from(hex, 'hex'))
    }
    await Promise.all(discoveries)
  }

  return {
    async start(onStream) {
      const banned = (key: Buffer): boolean => options.banned.has(key.toString('hex'))
      swarm = new Hyperswarm({
        keyPair: options.keyPair,
        ...(options.bootstrap ? { bootstrap: options.bootstrap } : {}),
        firewall: banned,
      })
      swarm.on('connection', (connection: NoiseSecretStream, info: PeerInfo) => {
        connection.on('error', () => {})
        if (banned(info.publicKey)) {
          info.ban(true)
          return connection.destroy()
        }
        connection.on('close', () => {
          if (banned(info.publicKey)) info.ban(true)
        })
        onStream(connection)
      })
      await sync()
    },
    async stop() {
      const current = swarm
      swarm = undefined
      joined.clear()
      await current?.destroy()
    },
    async setTopics(next) {
      topics = new Map(next.map((t) => [t.toString('hex'), t]))
      await sync()
    },
  }
}
