import { readFile } from 'node:fs/promises'
import { checkNotebook, type CheckResult } from '../../check/checkNotebook'
import { repairFromBundle } from '../../check/repairFromBundle'
import { damageLines } from '../../notebook/damageReport'
import { print, type Command, type CommandOutcome } from '../command'
import { targetDir } from '../openTarget'
import { passphrase, PASSPHRASE_OPTION } from '../passphrase'

function describe(result: CheckResult): string {
  const title = `Checked ${result.files} files of ${result.name ? `“${result.name}”` : 'the notebook'} (${result.dir})`
  if (result.ok) return `${title}: every file is intact${result.damage.documents.length ? ' (damage found earlier has been repaired)' : ''}.`
  return [
    `${title}:`,
    ...result.problems.map((p) => `Damaged: ${p.file}: ${p.problem}. Affects ${p.affects}.`),
    ...result.damage.documents.filter((d) => !d.recovered).flatMap((d) => d.files.map((f) => `  ${f.from}: ${f.reason}${f.kept ? ` (kept in ${f.kept})` : ''}`)),
    ...damageLines(result.damage, 20),
    result.damage.documents.some((d) => !d.recovered) ? `To repair: massline check --notebook ${result.dir} --repair-from BUNDLE, or run massline peer --notebook ${result.dir} with sync on until this check passes.` : '',
  ]
    .filter(Boolean)
    .join('\n')
}

export const check: Command = {
  words: ['check'],
  usage: 'massline check [--repair-from BUNDLE [--passphrase-file FILE]] [--notebook PATH] [--json]',
  summary: 'Verify every file of a notebook, list what is damaged and what it affects (exit 1 when damaged); repair from a bundle',
  options: { 'repair-from': { type: 'string' }, ...PASSPHRASE_OPTION },
  async run(context): Promise<CommandOutcome> {
    const dir = await targetDir(context)
    let details = await checkNotebook(dir, context.keys)
    const bundle = context.values['repair-from']
    if (typeof bundle === 'string') {
      const repair = await repairFromBundle(details, await readFile(bundle), { passphrase: await passphrase(context) })
      if (!context.json) context.out(`Set aside ${repair.quarantined} damaged file(s) in quarantine; merged ${repair.merged} document(s) from ${bundle}.`)
      details = await checkNotebook(dir, context.keys)
    }
    print(context, details.result, describe(details.result))
    return { exitCode: details.result.ok ? 0 : 1 }
  },
}
