import { resolve } from 'node:path'
import { purgeNoticeText } from '../../../shared/purge/purgeNotice'
import { runPeer, type PeerOptions } from '../../sync/runPeer'
import { UsageError, type Command } from '../command'

function bootstrapNodes(value: unknown): Array<{ host: string; port: number }> | undefined {
  if (typeof value !== 'string') return undefined
  return value.split(',').map((node) => {
    const match = /^([^:]+):(\d{1,5})$/.exec(node.trim())
    if (!match) throw new UsageError(`--bootstrap takes HOST:PORT[,HOST:PORT…], not ${node}`)
    return { host: match[1]!, port: Number(match[2]) }
  })
}

export const peer: Command = {
  words: ['peer'],
  usage:
    'massline peer --notebook DIR [--invite CODE] [--name NAME] [--bootstrap HOST:PORT,…] [--lan-host ADDR] [--no-internet] [--no-lan] [--json]',
  summary: 'Run as an always-on member device that seeds the notebook to the others (until stopped)',
  options: {
    invite: { type: 'string' },
    name: { type: 'string' },
    bootstrap: { type: 'string' },
    'lan-host': { type: 'string' },
    'no-internet': { type: 'boolean' },
    'no-lan': { type: 'boolean' },
  },
  async run(context) {
    const dir = context.values.notebook
    if (typeof dir !== 'string') throw new UsageError('peer needs --notebook DIR')
    const bootstrap = bootstrapNodes(context.values.bootstrap)
    const log = (line: string) => context.out(context.json ? JSON.stringify({ log: line }) : line)
    const options: PeerOptions = {
      notebookDir: resolve(dir),
      keys: context.keys,
      deviceName: typeof context.values.name === 'string' ? context.values.name : 'Always-on peer',
      internet: context.values['no-internet'] ? false : bootstrap ? { bootstrap } : {},
      // --lan-host also picks the interface multicast DNS uses (all of them by default).
      lan: context.values['no-lan']
        ? false
        : typeof context.values['lan-host'] === 'string'
          ? { host: context.values['lan-host'], interface: context.values['lan-host'] }
          : { host: '0.0.0.0' },
      onStatus: (status) =>
        context.out(
          context.json
            ? JSON.stringify({ status })
            : `${status.peers.length} peer(s) connected · ${status.documentsPending} document(s) pending · last sync ${status.lastSyncAt ? new Date(status.lastSyncAt).toISOString() : 'never'}`,
        ),
      log,
      onPurgeNotices: (notices) => {
        for (const notice of notices) {
          const text = purgeNoticeText(notice, (at) => new Date(at).toISOString().slice(0, 10))
          context.out(context.json ? JSON.stringify({ purgeNotice: notice, text }) : text)
        }
      },
      onSas: (sas) =>
        context.out(
          context.json
            ? JSON.stringify({ sas })
            : `The inviting device must confirm this device: check that it shows ${sas}. Waiting…`,
        ),
    }
    if (typeof context.values.invite === 'string') options.invite = context.values.invite
    // Listen for the stop signal first, so one sent while joining still stops cleanly.
    const stop = new Promise<void>((done) => {
      process.once('SIGINT', done)
      process.once('SIGTERM', done)
    })
    const running = await runPeer(options)
    log(`Seeding “${running.notebook.name}” as device ${running.sync.deviceKey.slice(0, 12)}… Stop with Ctrl+C.`)
    await stop
    await running.stop()
    log('Stopped.')
  },
}
