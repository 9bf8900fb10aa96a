import NoiseSecretStream from '@hyperswarm/secret-stream'
import type { KeyPair } from '@hyperswarm/secret-stream'
import type { AccessKey } from '../../../src/core/sync/authenticate'
import type { ChannelSource } from '../../../src/core/sync/SecretStreamNetworkAdapter'
import { gatedSource, type StreamSource } from '../../../src/core/sync/gate'
import { chaosPair, type Chaos } from './chaosLink'

interface Node {
  name: string
  keyPair: KeyPair
  onStream: ((stream: NoiseSecretStream) => void) | undefined
}

/**
 * An in-process "network": every started node is joined to every other by a chaos link
 * wrapped in Noise. Dropped connections come back after `redialMs` unless partitioned.
 */
export class MemoryHub {
  readonly chaos: Chaos = {}
  readonly #nodes = new Map<string, Node>()
  readonly #links = new Map<string, NoiseSecretStream[]>()
  #groups: string[][] | undefined
  redialMs = 50

  /** A raw stream source for one device (what a swarm or the LAN would give). */
  streams(name: string, keyPair: KeyPair = NoiseSecretStream.keyPair()): StreamSource {
    const node: Node = { name, keyPair, onStream: undefined }
    return {
      start: async (onStream) => {
        node.onStream = onStream
        this.#nodes.set(name, node)
        for (const other of this.#nodes.values()) if (other !== node) this.#link(node, other)
      },
      stop: async () => {
        node.onStream = undefined
        this.#nodes.delete(name)
        for (const [key, streams] of this.#links) {
          if (key.split('|').includes(name)) for (const s of streams) s.destroy()
        }
      },
    }
  }

  /** A member-channel source for adapter tests: every link authenticates with these keys. */
  channels(name: string, keys: AccessKey[]): ChannelSource {
    return gatedSource([this.streams(name)], { keys: () => keys, banned: new Set(), onSideChannel: () => {} })
  }

  /** Cuts every connection between groups (nodes in no group are isolated) and joins those within. */
  partition(groups: string[][]): void {
    this.#groups = groups
    for (const [key, streams] of this.#links) {
      const [x, y] = key.split('|') as [string, string]
      if (!this.#connected(x, y)) for (const s of streams) s.destroy()
    }
    this.#linkAll() // pairs joined by the new grouping meet again
  }

  /** `from`'s end of its live link to `to`: a test writes raw frames into it as `from` would. */
  endOf(from: string, to: string): NoiseSecretStream | undefined {
    const streams = this.#links.get([from, to].sort().join('|'))
    return streams?.find((s) => s.publicKey?.equals(this.#nodes.get(from)!.keyPair.publicKey))
  }

  heal(): void {
    this.#groups = undefined
    this.#linkAll()
  }

  #linkAll(): void {
    const nodes = [...this.#nodes.values()]
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) this.#link(nodes[i]!, nodes[j]!)
  }

  #connected(x: string, y: string): boolean {
    return !this.#groups || this.#groups.some((g) => g.includes(x) && g.includes(y))
  }

  #link(a: Node, b: Node): void {
    const key = [a.name, b.name].sort().join('|')
    if (this.#links.has(key) || !this.#connected(a.name, b.name) || !a.onStream || !b.onStream) return
    const [rawA, rawB] = chaosPair(this.chaos)
    const sa = new NoiseSecretStream(true, rawA, { keyPair: a.keyPair })
    const sb = new NoiseSecretStream(false, rawB, { keyPair: b.keyPair })
    this.#links.set(key, [sa, sb])
    let closed = 0
    const onClose = () => {
      if (++closed < 2) return
      this.#links.delete(key)
      setTimeout(() => this.#link(a, b), this.redialMs).unref()
    }
    for (const s of [sa, sb]) {
      s.on('error', () => {})
      s.on('close', onClose)
    }
    a.onStream(sa)
    b.onStream(sb)
  }
}
