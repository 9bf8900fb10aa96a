import { EventEmitter } from 'node:events'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { guardRequests, guardUpgrades } from './guarded'

const flush = () => new Promise((resolve) => setImmediate(resolve))

describe('guarded host handlers', () => {
  it('log a request handler that rejects and answer 500', async () => {
    const logged: string[] = []
    const written: unknown[] = []
    const response = { headersSent: false, writeHead: (status: number) => (written.push(status), response), end: (body: string) => written.push(body) }
    guardRequests(async () => Promise.reject(new Error('disk gone')), (m) => logged.push(m))({ method: 'GET' } as IncomingMessage, response as unknown as ServerResponse)
    await flush()
    expect(logged.join()).toMatch(/GET request failed: Error: disk gone/)
    expect(written).toEqual([500, 'Internal error'])
  })

  it('log an upgrade handler that rejects and drop its socket, which an error no longer ends', async () => {
    const logged: string[] = []
    const socket = Object.assign(new EventEmitter(), { destroyed: false, destroy: () => void (socket.destroyed = true) })
    guardUpgrades(async () => Promise.reject(new Error('no such notebook')), (m) => logged.push(m))({} as IncomingMessage, socket as unknown as Duplex, Buffer.alloc(0))
    await flush()
    expect(logged.join()).toMatch(/upgrade failed: Error: no such notebook/)
    expect(socket.destroyed).toBe(true)
    expect(() => socket.emit('error', new Error('ECONNRESET'))).not.toThrow()
  })
})
