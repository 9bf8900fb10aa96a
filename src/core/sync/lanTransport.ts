import { createServer, connect, type Server, type Socket } from 'node:net'
import mdns, { type MulticastDns, type Packet, type RemoteInfo } from 'multicast-dns'
import NoiseSecretStream from '@hyperswarm/secret-stream'
import type { KeyPair } from '@hyperswarm/secret-stream'
import type { StreamSource } from './gate'
import { keyedHash, randomBytes } from './keys'

export interface LanOptions {
  keyPair: KeyPair
  /** Address the TCP listener binds (tests: 127.0.0.1). */
  host: string
  /** Interface for multicast (tests: 127.0.0.1). */
  interface?: string
  mdnsPort?: number
  queryIntervalMs?: number
  banned: Set<string>
}

export interface LanTransport extends StreamSource {
  /** mDNS names to answer and look for; derived from notebook secrets, changing hourly. */
  setNames(names: string[]): void
}

/**
 * LAN transport for a meeting with no internet: peers find each other by mDNS under names only
 * members can compute, then connect over TCP wrapped in the same Noise secret stream. Of two
 * peers that see each other, only the one with the lower session nonce dials.
 */
export function lanTransport(options: LanOptions): LanTransport {
  let names = new Set<string>()
  let server: Server | undefined
  let dns: MulticastDns | undefined
  let timer: NodeJS.Timeout | undefined
  let port = 0
  // A session nonce per name, so the TXT record does not link this device across the hourly
  // name changes (nor across notebooks): an observer sees unrelated values.
  const seed = randomBytes(32)
  const nonceFor = (name: string) => keyedHash(seed, name, 16).subarray(0, 8).toString('hex')
  const sockets = new Set<Socket>()
  const dialed = new Set<string>()

  const track = (socket: Socket, address: string | undefined): void => {
    sockets.add(socket)
    socket.on('error', () => {})
    socket.on('close', () => {
      sockets.delete(socket)
      if (address) dialed.delete(address)
    })
  }

  const query = (): void => {
    if (dns && names.size)
      dns.query({
        questions: [...names].map((name) => ({ name, type: 'SRV' })),
      })
  }

  return {
    async start(onStream) {
      server = createServer((socket) => {
        track(socket, undefined)
        onStream(new NoiseSecretStream(false, socket, { keyPair: options.keyPair }))
      })
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject)
        server!.listen(0, options.host, resolve)
      })
      port = (server.address() as { port: number }).port
      dns = mdns({
        ...(options.interface ? { interface: options.interface, bind: '0.0.0.0' } : {}), // bound to one address, multicast never arrives
        ...(options.mdnsPort ? { port: options.mdnsPort } : {}),
        loopback: true,
      })
      dns.on('error', () => {})
      dns.on('warning', () => {})
      dns.on('query', (packet: Packet) => {
        const asked = (packet.questions ?? []).filter((q) => names.has(q.name))
        if (!asked.length) return
        dns!.respond({
          answers: asked.flatMap((q) => [
            {
              name: q.name,
              type: 'SRV',
              ttl: 10,
              data: { port, target: options.host, priority: 0, weight: 0 },
            },
            { name: q.name, type: 'TXT', ttl: 10, data: [`n=${nonceFor(q.name)}`] },
          ]),
        })
      })
      dns.on('response', (packet: Packet, rinfo: RemoteInfo) => {
        const answers = (packet.answers ?? []).filter((a) => names.has(a.name))
        const srv = answers.find((a) => a.type === 'SRV')?.data as { port?: unknown } | undefined
        const txtAnswer = answers.find((a) => a.type === 'TXT')
        const txt = txtAnswer?.data
        const nonce = txtAnswer ? nonceFor(txtAnswer.name) : ''
        const theirNonce = Array.isArray(txt) ? String(txt[0] ?? '').replace(/^n=/, '') : ''
        if (!srv || typeof srv.port !== 'number' || !theirNonce || theirNonce <= nonce) return
        const address = `${rinfo.address}:${srv.port}`
        if (dialed.has(address)) return
        dialed.add(address)
        const socket = connect(srv.port, rinfo.address)
        track(socket, address)
        onStream(new NoiseSecretStream(true, socket, { keyPair: options.keyPair }))
      })
      timer = setInterval(query, options.queryIntervalMs ?? 5_000)
      query()
    },
    async stop() {
      clearInterval(timer)
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => (dns ? dns.destroy(() => resolve()) : resolve()))
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
      dns = undefined
      server = undefined
    },
    setNames(next) {
      names = new Set(next)
      query()
    },
  }
}
