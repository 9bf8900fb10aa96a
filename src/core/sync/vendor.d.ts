// Minimal typings for the untyped Holepunch and mDNS packages, only what sync uses.
declare module 'sodium-universal' {
  const sodium: {
    randombytes_buf(out: Uint8Array): void
    crypto_generichash(out: Uint8Array, input: Uint8Array, key?: Uint8Array): void
    crypto_generichash_BYTES: number
    sodium_memcmp(a: Uint8Array, b: Uint8Array): boolean
    crypto_sign_detached(sig: Uint8Array, message: Uint8Array, secretKey: Uint8Array): void
    crypto_sign_verify_detached(sig: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean
    crypto_sign_ed25519_pk_to_curve25519(curve: Uint8Array, ed: Uint8Array): void
    crypto_sign_ed25519_sk_to_curve25519(curve: Uint8Array, ed: Uint8Array): void
    crypto_box_seal(box: Uint8Array, message: Uint8Array, publicKey: Uint8Array): void
    crypto_box_seal_open(message: Uint8Array, box: Uint8Array, publicKey: Uint8Array, secretKey: Uint8Array): boolean
    crypto_box_SEALBYTES: number
    crypto_pwhash(out: Uint8Array, passwd: Uint8Array, salt: Uint8Array, ops: number, mem: number, alg: number): void
    crypto_pwhash_SALTBYTES: number
    crypto_pwhash_ALG_ARGON2ID13: number
    crypto_pwhash_OPSLIMIT_INTERACTIVE: number
    crypto_pwhash_MEMLIMIT_INTERACTIVE: number
    crypto_pwhash_OPSLIMIT_MODERATE: number
    crypto_pwhash_MEMLIMIT_MODERATE: number
    crypto_pwhash_str(out: Uint8Array, passwd: Uint8Array, ops: number, mem: number): void
    crypto_pwhash_str_verify(str: Uint8Array, passwd: Uint8Array): boolean
    crypto_pwhash_STRBYTES: number
    crypto_aead_xchacha20poly1305_ietf_encrypt(
      c: Uint8Array,
      m: Uint8Array,
      ad: Uint8Array | null,
      nsec: null,
      npub: Uint8Array,
      k: Uint8Array,
    ): number
    crypto_aead_xchacha20poly1305_ietf_decrypt(
      m: Uint8Array,
      nsec: null,
      c: Uint8Array,
      ad: Uint8Array | null,
      npub: Uint8Array,
      k: Uint8Array,
    ): number
    crypto_aead_xchacha20poly1305_ietf_ABYTES: number
    crypto_aead_xchacha20poly1305_ietf_NPUBBYTES: number
    crypto_aead_xchacha20poly1305_ietf_KEYBYTES: number
  }
  export default sodium
}

declare module '@hyperswarm/secret-stream' {
  import { Duplex } from 'node:stream'
  export interface KeyPair {
    publicKey: Buffer
    secretKey: Buffer
  }
  export default class NoiseSecretStream extends Duplex {
    constructor(isInitiator: boolean, rawStream?: Duplex | null, opts?: { keyPair?: KeyPair })
    static keyPair(seed?: Uint8Array): KeyPair
    readonly isInitiator: boolean
    readonly rawStream: Duplex
    readonly opened: Promise<boolean>
    publicKey: Buffer | null
    remotePublicKey: Buffer | null
    handshakeHash: Buffer | null
    setTimeout(ms: number): void
    setKeepAlive(ms: number): void
  }
}

declare module 'hyperdht' {
  import type { KeyPair } from '@hyperswarm/secret-stream'
  export default class DHT {
    constructor(opts?: { bootstrap?: Array<{ host: string; port: number } | string>; host?: string; port?: number })
    static keyPair(seed?: Uint8Array): KeyPair
    destroy(opts?: { force?: boolean }): Promise<void>
  }
}

declare module 'hyperdht/testnet.js' {
  import type DHT from 'hyperdht'
  export interface Testnet {
    nodes: DHT[]
    bootstrap: Array<{ host: string; port: number }>
    createNode(opts?: Record<string, unknown>): DHT
    destroy(): Promise<void>
  }
  export default function createTestnet(size?: number, opts?: { host?: string; port?: number }): Promise<Testnet>
}

declare module 'hyperswarm' {
  import { EventEmitter } from 'node:events'
  import type NoiseSecretStream from '@hyperswarm/secret-stream'
  import type { KeyPair } from '@hyperswarm/secret-stream'
  import type DHT from 'hyperdht'
  export interface PeerInfo {
    publicKey: Buffer
    topics: Buffer[]
    ban(value: boolean): void
  }
  export interface PeerDiscovery {
    flushed(): Promise<void>
    destroy(): Promise<void>
  }
  export default class Hyperswarm extends EventEmitter {
    constructor(opts?: {
      keyPair?: KeyPair
      dht?: DHT
      bootstrap?: Array<{ host: string; port: number } | string>
      maxPeers?: number
      firewall?: (remotePublicKey: Buffer, payload: unknown) => boolean
    })
    readonly keyPair: KeyPair
    readonly connections: Set<NoiseSecretStream>
    join(topic: Buffer, opts?: { server?: boolean; client?: boolean }): PeerDiscovery
    leave(topic: Buffer): Promise<void>
    flush(): Promise<boolean>
    destroy(opts?: { force?: boolean }): Promise<void>
    on(event: 'connection', listener: (conn: NoiseSecretStream, info: PeerInfo) => void): this
    on(event: string, listener: (...args: never[]) => void): this
  }
}

declare module 'multicast-dns' {
  import { EventEmitter } from 'node:events'
  export interface Answer {
    name: string
    type: string
    ttl?: number
    data: unknown
  }
  export interface Packet {
    questions?: Array<{ name: string; type: string }>
    answers?: Answer[]
  }
  export interface RemoteInfo {
    address: string
    port: number
  }
  export interface MulticastDns extends EventEmitter {
    query(q: { questions: Array<{ name: string; type: string }> }): void
    respond(r: { answers: Answer[] }, rinfo?: RemoteInfo): void
    destroy(cb?: () => void): void
    on(event: 'query' | 'response', listener: (packet: Packet, rinfo: RemoteInfo) => void): this
    on(event: string, listener: (...args: never[]) => void): this
  }
  export default function mdns(opts?: {
    port?: number
    interface?: string
    bind?: string | false
    ip?: string
    multicast?: boolean
    loopback?: boolean
    reuseAddr?: boolean
    ttl?: number
  }): MulticastDns
}
