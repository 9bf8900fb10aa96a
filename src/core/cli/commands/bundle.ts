import { readFile } from 'node:fs/promises'
import { writeFileAtomic } from '../../fs/writeFileAtomic'
import { importBundle } from '../../imports/bundleBatch'
import { exportBundle } from '../../sync/bundle'
import { print, UsageError, type Command } from '../command'
import { openTarget } from '../openTarget'
import { passphrase, PASSPHRASE_OPTION } from '../passphrase'

export const bundleExport: Command = {
  words: ['bundle', 'export'],
  usage: 'massline bundle export --out FILE [--passphrase-file FILE] [--notebook PATH] [--json]',
  summary: 'Write the whole notebook to one encrypted file, for a comrade when nothing else works',
  options: { out: { type: 'string' }, ...PASSPHRASE_OPTION },
  async run(context) {
    const out = context.values.out
    if (typeof out !== 'string') throw new UsageError('bundle export needs --out FILE')
    const key = { passphrase: await passphrase(context) }
    const notebook = await openTarget(context, { readOnly: true })
    try {
      const bytes = await exportBundle(notebook, key)
      await writeFileAtomic(out, bytes)
      print(context, { path: out, bytes: bytes.byteLength }, `Wrote an encrypted bundle of “${notebook.name}” to ${out}`)
    } finally {
      await notebook.close()
    }
  },
}

export const bundleImport: Command = {
  words: ['bundle', 'import'],
  usage: 'massline bundle import FILE [--passphrase-file FILE] [--notebook PATH] [--json]',
  summary: 'Merge an encrypted bundle into its notebook (nothing is overwritten)',
  options: { ...PASSPHRASE_OPTION },
  positionals: { min: 1, max: 1, names: 'FILE' },
  async run(context) {
    const bytes = await readFile(context.positionals[0]!)
    const key = { passphrase: await passphrase(context) }
    const notebook = await openTarget(context)
    try {
      const result = await importBundle(notebook, bytes, key, context.positionals[0]!)
      print(context, result, `Merged ${result.documents} documents into “${notebook.name}” (${result.added} new)`)
    } finally {
      await notebook.close()
    }
  },
}
