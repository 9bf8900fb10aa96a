import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { defaultHome } from '../app/defaultHome'
import { startHost } from './startHost'

// `npm run host`: serves the app to a browser on 127.0.0.1 (a development and testing tool).
const { values } = parseArgs({
  options: {
    home: { type: 'string' },
    port: { type: 'string' },
    renderer: { type: 'string' },
    // Tests keep sync on loopback: LAN discovery on this address, no internet.
    'sync-lan-host': { type: 'string' },
  },
})
// Request handlers are guarded, but a rejection anywhere else (a sync callback, a timer)
// must not end the host and every notebook it serves: log it and carry on.
process.on('unhandledRejection', (reason) => console.error('Massline host: unhandled rejection:', reason))
const lanHost = values['sync-lan-host']
const host = await startHost({
  home: values.home ?? defaultHome(),
  ...(lanHost ? { syncTransport: { internet: false, lan: { host: lanHost, interface: lanHost, queryIntervalMs: 500 } } } : {}),
  rendererDir: resolve(values.renderer ?? new URL('../renderer', import.meta.url).pathname),
  port: values.port ? Number(values.port) : 0,
})
// One JSON line first, for tools that start the host (tests, benchmarks); then a line for people.
process.stdout.write(`${JSON.stringify({ url: host.url, port: host.port })}\nMassline host: ${host.url}\n`)
const stop = () => void host.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
