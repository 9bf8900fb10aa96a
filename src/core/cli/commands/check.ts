import { readFile } from 'node:fs/promises'
import { checkNotebook, type CheckResult } from '../../check/checkNotebook'
import { repairFromBundle } from '../../check/repairFromBundle'
import { repairFromPeer } from '../../check/repairFromPeer'
import { damageLines } from '../../notebook/damageReport'
import { print, UsageError, type Command, type CommandContext, type CommandOutcome } from '../command'
import { targetDir } from '../openTarget'
import { passphrase, PASSPHRASE_OPTION } from '../passphrase'
import { peerTransports, TRANSPORT_OPTIONS } from '../peerTransports'

function describe(result: CheckResult): string {
  const title = `Checked ${result.files} files of ${result.name ? `“${result.name}”` : 'the notebook'} (${result.dir})`
  if (result.ok) return `${title}: every file is intact${result.damage.documents.length ? ' (damage found earlier has been repaired)' : ''}.`
  return [
    `${title}:`,
    ...result.problems.map((p) => `Damaged: ${p.file}: ${p.problem}. Affects ${p.affects}.`),
    ...result.damage.documents.filter((d) => !d.recovered).flatMap((d) => d.files.map((f) => `  ${f.from}: ${f.reason}${f.kept ? ` (kept in ${f.kept})` : ''}`)),
    ...damageLines(result.damage, 20),
    result.damage.documents.some((d) => !d.recovered) ? `To repair: massline check --notebook ${result.dir} --repair-from BUNDLE, or --repair-from-peer with a member's device reachable.` : '',
  ]
    .filter(Boolean)
    .join('\n')
}

function timeoutSeconds(value: CommandContext['values'][string]): number {
  if (value === undefined) return 120
  const seconds = Number(value)
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--timeout takes a number of seconds, not ${String(value)}`)
  return seconds
}

export const check: Command = {
  words: ['check'],
  usage:
    'massline check [--repair-from BUNDLE [--passphrase-file FILE] | --repair-from-peer [--timeout SECONDS] [--bootstrap HOST:PORT,…] [--lan-host ADDR] [--no-internet] [--no-lan]] [--notebook PATH] [--json]',
  summary: 'Verify every file of a notebook, list what is damaged and what it affects (exit 1 when damaged); repair from a bundle or from members',
  options: { 'repair-from': { type: 'string' }, 'repair-from-peer': { type: 'boolean' }, timeout: { type: 'string' }, ...TRANSPORT_OPTIONS, ...PASSPHRASE_OPTION },
  async run(context): Promise<CommandOutcome> {
    const dir = await targetDir(context)
    let details = await checkNotebook(dir, context.keys)
    const bundle = context.values['repair-from']
    if (typeof bundle === 'string') {
      const repair = await repairFromBundle(details, await readFile(bundle), { passphrase: await passphrase(context) })
      if (!context.json) context.out(`Set aside ${repair.quarantined} damaged file(s) in quarantine; merged ${repair.merged} document(s) from ${bundle}.`)
      details = await checkNotebook(dir, context.keys)
    } else if (context.values['repair-from-peer']) {
      const seconds = timeoutSeconds(context.values.timeout)
      const repair = await repairFromPeer(details, { notebookDir: dir, keys: context.keys, deviceName: 'Repair', ...peerTransports(context.values) }, seconds * 1000)
      if (!context.json) {
        context.out(`Fetched the lost changes of ${repair.recovered} document(s) from members.`)
        if (repair.missing.length) context.out(`No member sent ${repair.missing.join(', ')} within ${seconds} s: is a member's device on and reachable?`)
      }
      details = await checkNotebook(dir, context.keys)
    }
    print(context, details.result, describe(details.result))
    return { exitCode: details.result.ok ? 0 : 1 }
  },
}
