import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { z } from 'zod'
import { decodeImportFile, tooLarge } from '../../../shared/contacts/importFile'
import { IMPORT_FIELDS, type ImportResult } from '../../../shared/contacts/importTypes'
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

const SHOWN_DUPLICATES = 20

/** One line about an import, then its skipped duplicates and row problems. */
export function importSummary(result: ImportResult): string {
  const unit = result.format === 'vcard' ? 'card' : 'row'
  const head = `Imported ${result.imported} contacts (${result.skipped} duplicates skipped, ${result.places} new places); import ${result.importId}`
  const dupes = result.duplicates.slice(0, SHOWN_DUPLICATES).map((d) => `  ${unit} ${d.row}: ${d.name} matches ${d.contactName} (${d.reason})${result.skipped ? ', skipped' : ''}`)
  if (result.duplicates.length > SHOWN_DUPLICATES) dupes.push(`  … and ${result.duplicates.length - SHOWN_DUPLICATES} more (--json lists them all)`)
  const problems = result.problems.map((p) => `  ${unit} ${p.row}${p.column ? ` (${p.column})` : ''}: ${p.severity === 'error' ? 'left out, ' : ''}${p.reason}`)
  return [head, ...dupes, ...problems].join('\n')
}

export const importContacts: Command = {
  words: ['import', 'contacts'],
  usage: 'massline import contacts FILE [--map JSON] [--keep-duplicates] [--notebook PATH] [--json]',
  summary: 'Import contacts from CSV (Action Network, NGP VAN, Spoke, Solidarity Tech or any) or vCard; rows matching someone already here are skipped',
  options: { map: { type: 'string' }, 'keep-duplicates': { type: 'boolean' }, 'skip-duplicates': { type: 'boolean' } },
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
      const skipDuplicates = context.values['keep-duplicates'] !== true
      const result = await commitImport(notebook, { fileName: basename(path), text, mapping }, { skipDuplicates })
      print(context, result, importSummary(result))
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
    const notebook = await openTarget(context, { readOnly: true })
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
