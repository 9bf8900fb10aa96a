import type NoiseSecretStream from '@hyperswarm/secret-stream'
import { authenticate, AuthError, AUTH_TIMEOUT_MS, type AccessKey, type Authenticated } from './authenticate'
import { BanList } from './BanList'
import { sameBytes } from './keys'
import type { ChannelSource } from './SecretStreamNetworkAdapter'

/** Raw Noise streams from one transport (hyperswarm, LAN, in-memory). */
export interface StreamSource {
  start(onStream: (stream: NoiseSecretStream) => void): Promise<void>
  stop(): Promise<void>
}

export interface GatePolicy {
  /** Keys we prove and accept right now (the current secret, older ones, open invites). */
  keys(): AccessKey[]
  banned: Set<string>
  /** Connections authenticated by an invite or an old secret go here, not to sync. */
  onSideChannel(connection: Authenticated): void
  /**
   * Member and stale connections swap membership logs first; false when the peer is no member
   * once both logs are merged (the connection is then closed). Merging may move us to a newer
   * secret, so the mode is decided again afterwards.
   */
  exchange?(connection: Authenticated): Promise<boolean>
  log?: (line: string) => void
  authTimeoutMs?: number
  /** Idle connections send a heartbeat this often and die after `idleTimeoutMs` of silence. */
  keepAliveMs?: number
  idleTimeoutMs?: number
}

/**
 * Puts every raw stream of these transports through authentication. A peer that fails to
 * prove a key in time is dropped and its device key banned until restart; members go on to
 * the adapter, invite claimants and stale members to `onSideChannel`.
 */
export function gatedSource(transports: readonly StreamSource[], policy: GatePolicy): ChannelSource {
  return {
    async start(onChannel) {
      const inFlight = new Set<Promise<unknown>>()
      const onStream = (stream: NoiseSecretStream): void => {
        stream.on('error', () => {})
        const admitted = admit(stream, policy).then((connection) => {
          if (!connection) return
          if (connection.mode === 'member') onChannel(connection)
          else policy.onSideChannel(connection)
        }, (error: Error) => policy.log?.(`connection failed: ${error.message}`))
        inFlight.add(admitted)
        void admitted.finally(() => inFlight.delete(admitted))
      }
      await Promise.all(transports.map((t) => t.start(onStream)))
      // peers dialled while starting get a moment to authenticate before we call ourselves ready
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((r) => setTimeout(r, 1_000))])
    },
    async stop() {
      await Promise.all(transports.map((t) => t.stop()))
    },
  }
}

async function admit(stream: NoiseSecretStream, policy: GatePolicy): Promise<Authenticated | undefined> {
  stream.setKeepAlive(policy.keepAliveMs ?? 5_000)
  // A handshake that goes silent (a lost message, a peer that never answers) is dropped, not
  // held open forever: the auth timer below only starts once the handshake is done.
  stream.setTimeout(policy.authTimeoutMs ?? AUTH_TIMEOUT_MS)
  const bans = policy.banned instanceof BanList ? policy.banned : undefined
  const address = addressOf(stream)
  if (bans?.addressRefused(address)) {
    stream.destroy()
    return undefined
  }
  if ((await stream.opened) && policy.banned.has(stream.remotePublicKey!.toString('hex'))) {
    stream.destroy()
    return undefined
  }
  let connection: Authenticated
  try {
    connection = await authenticate(stream, policy.keys(), policy.authTimeoutMs ?? AUTH_TIMEOUT_MS)
  } catch (error) {
    const key = stream.remotePublicKey?.toString('hex')
    if (key && error instanceof AuthError && error.misbehaved) {
      policy.banned.add(key)
      bans?.failure(address)
    }
    policy.log?.(`rejected peer ${key?.slice(0, 8) ?? '(no handshake)'}: ${(error as Error).message}`)
    stream.destroy()
    return undefined
  }
  if (policy.banned.has(connection.remoteKey)) {
    connection.channel.close('banned')
    return undefined
  }
  stream.setTimeout(policy.idleTimeoutMs ?? 20_000) // only now: until the proof, the auth timeout rules
  if (connection.mode === 'invite' || !policy.exchange) return connection
  if (!(await policy.exchange(connection))) {
    connection.channel.close('not a member')
    return undefined
  }
  // the logs may have moved us on: prove-able as a member only while the key is still current
  const now = policy.keys().find((k) => sameBytes(k.key, connection.key))
  if (!now) {
    connection.channel.close('secret retired')
    return undefined
  }
  policy.log?.(`admitted ${connection.remoteKey.slice(0, 8)} as ${now.mode}`)
  return { ...connection, mode: now.mode }
}

/** The peer's network address, when the transport knows it (TCP, UDX); in-memory links have none. */
function addressOf(stream: NoiseSecretStream): string | undefined {
  const raw = stream.rawStream as { remoteAddress?: string; remoteHost?: string } | undefined
  return raw?.remoteAddress ?? raw?.remoteHost
}
