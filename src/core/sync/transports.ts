import type { KeyPair } from '@hyperswarm/secret-stream'
import { meetingPoints } from './discovery'
import type { StreamSource } from './gate'
import { lanTransport, type LanTransport } from './lanTransport'
import { swarmTransport, type SwarmTransport } from './swarmTransport'

export interface TransportOptions {
  /** Internet via hyperswarm; `bootstrap` points at DHT nodes (tests: a hyperdht testnet). */
  internet?: false | { bootstrap?: Array<{ host: string; port: number }> }
  /** LAN via mDNS + TCP; `host` is the listen address (tests: 127.0.0.1 in a loopback namespace). */
  lan?:
    | false
    | {
        host: string
        interface?: string
        mdnsPort?: number
        queryIntervalMs?: number
      }
  /** Extra raw stream sources for this device's key (tests join devices with in-memory chaos links). */
  extra?: (keyPair: KeyPair) => StreamSource[]
}

export interface Transports {
  sources: StreamSource[]
  /** Meet peers holding any of these keys (a notebook secret, old secrets, pairing keys). */
  setKeys(keys: Uint8Array[]): Promise<void>
}

export function openTransports(keyPair: KeyPair, banned: Set<string>, options: TransportOptions): Transports {
  const swarm: SwarmTransport | undefined =
    options.internet === false ? undefined : swarmTransport({ keyPair, banned, ...options.internet })
  const lan: LanTransport | undefined = options.lan ? lanTransport({ keyPair, banned, ...options.lan }) : undefined
  let keys: Uint8Array[] = []
  let renamer: NodeJS.Timeout | undefined
  const lanNames = () => lan?.setNames(meetingPoints(keys).names)
  const lanSource: StreamSource | undefined = lan && {
    async start(onStream) {
      await lan.start(onStream)
      lanNames()
      renamer = setInterval(lanNames, 300_000)
      renamer.unref()
    },
    async stop() {
      clearInterval(renamer)
      await lan.stop()
    },
  }
  return {
    sources: [swarm, lanSource, ...(options.extra?.(keyPair) ?? [])].filter((s): s is StreamSource => s !== undefined),
    async setKeys(next) {
      keys = next
      lanNames()
      await swarm?.setTopics(meetingPoints(keys).topics)
    },
  }
}
