import NoiseSecretStream from '@hyperswarm/secret-stream'
import { MembershipLog } from '../src/core/sync/membership/MembershipLog'
import { keyIdOf, newSecret, sealSecret } from '../src/core/sync/membership/opCrypto'
import { percentile, type Report } from './report'

/**
 * Verifying a membership log of 1,000 operations from scratch, as a device does when it opens a
 * notebook or a new device checks the log in its grant: every signature, the total order and the
 * replay. The log mixes adds, removals and rotations (sealed to ~20 members) and renames.
 */
export async function run(report: Report, opts: { quick?: boolean }): Promise<void> {
  const notebook = { notebookId: 'bench', rootUrl: 'automerge:bench' }
  const founder = NoiseSecretStream.keyPair()
  const seed = new MembershipLog({ ...notebook, genesis: '' })
  seed.append(founder, {
    kind: 'genesis',
    ...notebook,
    members: [{ deviceKey: founder.publicKey.toString('hex'), name: 'founder' }],
    keyId: keyIdOf(newSecret()),
    legacy: false,
    removed: [],
  })
  const log = new MembershipLog({ ...notebook, genesis: seed.heads()[0]! }, seed.ops())
  const devices = [founder]
  while (log.size < 1_000) {
    const i = log.size
    const author = devices[i % devices.length]!
    const members = () => [...log.state.members.keys()]
    if (i % 20 === 1 || devices.length < 20) {
      const device = NoiseSecretStream.keyPair()
      log.append(founder, { kind: 'add', deviceKey: device.publicKey.toString('hex'), name: `device ${i}`, keyId: log.state.keyId })
      devices.push(device)
    } else if (i % 50 === 7 && devices.length > 2) {
      const gone = devices.splice(devices.length - 1, 1)[0]!.publicKey.toString('hex')
      log.append(founder, { kind: 'remove', deviceKey: gone, keep: [], boxes: sealSecret(newSecret(), members().filter((k) => k !== gone)) })
    } else if (i % 25 === 3) {
      log.append(author, { kind: 'rotate', boxes: sealSecret(newSecret(), members()) })
    } else log.append(author, { kind: 'rename', name: `renamed ${i}` })
  }
  const ops = log.ops()
  const runs: number[] = []
  for (let r = 0; r < (opts.quick ? 5 : 20); r++) {
    const started = performance.now()
    const fresh = new MembershipLog(log.anchor, ops)
    if (fresh.state.members.size !== log.state.members.size) throw new Error('replay differs')
    runs.push(performance.now() - started)
  }
  report({
    figure: 'sync.verifyMembershipLog1000',
    value: Math.round(percentile(runs, 50) * 10) / 10,
    unit: 'ms',
    target: 100,
    note: `${ops.length} ops (${log.state.epoch} rotations, ${log.state.members.size} members), signatures + order + replay, median of ${runs.length}`,
  })
}
