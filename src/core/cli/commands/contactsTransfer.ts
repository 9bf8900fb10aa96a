import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { z } from 'zod'
import { decodeImportFile, tooLarge } from '../../../shared/contacts/importFile'
import { IMPORT_FIELDS } from '../../../shared/contacts/importTypes'
import { exportContacts } from '../../export/exportContacts'
import { writeFileAtomic } from '../../fs/writeFileAtomic'
import { commitImport } from '../../import/importContacts'
import { UnreadableFileError } from '../../import/readCsv'
import { print, UsageError, type Command } from '../command'
import { openTarget } from '../openTarget'

const mappingSchema = z.record(z.string(), z.enum(IMPORT_FIELDS))

function parseMapping(value: unknown): Record<string, (typeof IMPORT_FIELDS)[number]> | undefined {
  if (value === undefined) return undefined
  try {
    return mappingSchema.parse(JSON.parse(String(value)))
  } catch {
    throw new UsageError(`--map takes JSON from column header to one of: ${IMPORT_FIELDS.join(', ')}`)
  }
}

export const importContacts: Command = {
  words: ['import', 'contacts'],
  usage: 'massline import contacts FILE [--map JSON] [--skip-duplicates] [--notebook PATH] [--json]',
  summary: 'Import contacts from CSV (Action Network, NGP VAN, Spoke, Solidarity Tech or any) or vCard',
  options: { map: { type: 'string' }, 'skip-duplicates': { type: 'boolean' } },
  positionals: { min: 1, max: 1, names: 'FILE' },
  async run(context) {
    const path = context.positionals[0]!
    const mapping = parseMapping(context.values.map)
    // The size is checked before reading, so a huge file is refused without loading it.
    const large = tooLarge((await stat(path)).size)
    if (large) throw new UnreadableFileError(large)
    const decoded = decodeImportFile(await readFile(path))
    if (!decoded.ok) throw new UnreadableFileError(decoded.reason)
    const { text } = decoded
    const notebook = await openTarget(context)
    try {
      const result = await commitImport(notebook, { fileName: basename(path), text, mapping }, { skipDuplicates: context.values['skip-duplicates'] === true })
      const unit = result.format === 'vcard' ? 'card' : 'row'
      const lines = result.problems.map((p) => `  ${unit} ${p.row}${p.column ? ` (${p.column})` : ''}: ${p.severity === 'error' ? 'left out, ' : ''}${p.reason}`)
      print(context, result, [`Imported ${result.imported} contacts (${result.skipped} duplicates skipped, ${result.places} new places)`, ...lines].join('\n'))
    } finally {
      await notebook.close()
    }
  },
}

export const exportContactsCommand: Command = {
  words: ['export', 'contacts'],
  usage: 'massline export contacts [--format csv|vcf] [--out FILE] [--notebook PATH]',
  summary: 'Export contacts as CSV or vCard 4.0 (to standard output without --out)',
  options: { format: { type: 'string' }, out: { type: 'string' } },
  async run(context) {
    const format = context.values.format ?? 'csv'
    if (format !== 'csv' && format !== 'vcf') throw new UsageError('export contacts takes --format csv or --format vcf')
    const notebook = await openTarget(context)
    try {
      const { text, count } = await exportContacts(notebook, format)
      const out = context.values.out
      if (typeof out !== 'string') return context.out(text)
      await writeFileAtomic(out, text)
      print(context, { path: out, count }, `Wrote ${count} contacts to ${out}`)
    } finally {
      await notebook.close()
    }
  },
}
