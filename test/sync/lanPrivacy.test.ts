import mdns, { type Packet } from 'multicast-dns'
import NoiseSecretStream from '@hyperswarm/secret-stream'
import { afterAll, describe, expect, it } from 'vitest'
import { lanTransport } from '../../src/core/sync/lanTransport'
import { until } from './helpers/devices'

const MDNS_PORT = 53_531

/** What an observer on the LAN learns by asking for a name: the TXT values it gets back. */
function observer() {
  const dns = mdns({ interface: '127.0.0.1', bind: '0.0.0.0', port: MDNS_PORT, loopback: true })
  const txt = new Map<string, string[]>()
  dns.on('response', (packet: Packet) => {
    for (const a of packet.answers ?? []) if (a.type === 'TXT') txt.set(a.name, [...(txt.get(a.name) ?? []), String((a.data as Buffer[])[0])])
  })
  return { txt, ask: (name: string) => dns.query({ questions: [{ name, type: 'SRV' }] }), stop: () => dns.destroy() }
}

describe('a device on the LAN', () => {
  const device = lanTransport({ keyPair: NoiseSecretStream.keyPair(), host: '127.0.0.1', interface: '127.0.0.1', mdnsPort: MDNS_PORT, queryIntervalMs: 60_000, banned: new Set() })
  const watcher = observer()
  afterAll(async () => {
    await device.stop()
    watcher.stop()
  })

  it('cannot be followed across its hourly name changes by its TXT record', async () => {
    await device.start(() => {})
    const hours = ['a1b2c3.massline.local', 'd4e5f6.massline.local', '0a0b0c.massline.local']
    for (const name of hours) {
      device.setNames([name])
      await until(() => {
        watcher.ask(name)
        return watcher.txt.has(name)
      }, 5_000, `TXT for ${name}`)
    }
    const values = hours.map((name) => watcher.txt.get(name)![0]!)
    // stable within an hour (peers compare it), unrelated across hours
    device.setNames([hours[0]!])
    watcher.txt.delete(hours[0]!)
    await until(() => (watcher.ask(hours[0]!), watcher.txt.has(hours[0]!)), 5_000, 'TXT again')
    expect(watcher.txt.get(hours[0]!)![0]).toBe(values[0])
    expect(new Set(values).size).toBe(3)
    for (const value of values) expect(value).toMatch(/^n=[0-9a-f]{16}$/)
  })
})
