import { resolve } from 'node:path'
import { purgeNoticeText } from '../../../shared/purge/purgeNotice'
import { runPeer, type PeerOptions } from '../../sync/runPeer'
import { UsageError, type Command } from '../command'
import { peerTransports, TRANSPORT_OPTIONS } from '../peerTransports'

export const peer: Command = {
  words: ['peer'],
  usage:
    'massline peer --notebook DIR [--invite CODE] [--name NAME] [--bootstrap HOST:PORT,…] [--lan-host ADDR] [--no-internet] [--no-lan] [--json]',
  summary: 'Run as an always-on member device that seeds the notebook to the others (until stopped)',
  options: {
    invite: { type: 'string' },
    name: { type: 'string' },
    ...TRANSPORT_OPTIONS,
  },
  async run(context) {
    const dir = context.values.notebook
    if (typeof dir !== 'string') throw new UsageError('peer needs --notebook DIR')
    const log = (line: string) => context.out(context.json ? JSON.stringify({ log: line }) : line)
    const options: PeerOptions = {
      notebookDir: resolve(dir),
      keys: context.keys,
      deviceName: typeof context.values.name === 'string' ? context.values.name : 'Always-on peer',
      ...peerTransports(context.values),
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
