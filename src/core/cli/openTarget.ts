import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { NotebookCatalog } from '../app/NotebookCatalog'
import { readSettings } from '../app/settingsFile'
import { ImportJournal, interruptedMessage } from '../imports/ImportJournal'
import { Notebook } from '../notebook/Notebook'
import { readNotebookMeta } from '../notebook/notebookFiles'
import { damageLines } from '../notebook/damageReport'
import type { CommandContext } from './command'

/**
 * The notebook a command acts on: `--notebook PATH`, else the one the app last showed, else the
 * first. `readOnly` (export, list, show) writes nothing to the notebook.
 */
export async function openTarget(context: CommandContext, { create = false, readOnly = false } = {}): Promise<Notebook> {
  const path = context.values.notebook
  if (typeof path === 'string' && create && !(await readNotebookMeta(resolve(path))) && !(await isNonEmptyDir(resolve(path)))) {
    return Notebook.create(resolve(path), 'Generated notebook', context.keys)
  }
  const notebook = await Notebook.open(await targetDir(context), context.keys, { readOnly })
  await warnOfDamage(context, notebook)
  for (const batch of await new ImportJournal(notebook).interrupted()) context.warn(interruptedMessage(batch))
  return notebook
}

/** The directory of the notebook a command acts on, without opening it (`massline check` reads it file by file). */
export async function targetDir(context: CommandContext): Promise<string> {
  const path = context.values.notebook
  if (typeof path === 'string') {
    const dir = resolve(path)
    if (await readNotebookMeta(dir)) return dir
    throw new Error(`${dir} is not a Massline notebook`)
  }
  const catalog = new NotebookCatalog(context.home, context.keys)
  // A first, empty notebook in an empty home: nothing of the person's is at stake in writing it.
  await catalog.ensureDefault()
  const { lastNotebookId } = await readSettings(context.home)
  const entries = await catalog.list()
  return (entries.find((e) => e.id === lastNotebookId) ?? entries[0]!).dir
}

/** A line per damaged document on every command (standard error): known ones now, new ones as they are found. */
async function warnOfDamage(context: CommandContext, notebook: Notebook): Promise<void> {
  const lines = damageLines(await notebook.damage())
  if (lines.length) context.warn([...lines, `Run massline check --notebook ${notebook.dir} for details and repair.`].join('\n'))
  notebook.quarantine.on('quarantined', (entry) => context.warn(`Damaged: ${entry.from} (${entry.reason}) was set aside in ${entry.kept ?? 'place'}; run massline check --notebook ${notebook.dir} to see what it affects.`))
}

async function isNonEmptyDir(dir: string): Promise<boolean> {
  try {
    const info = await stat(dir)
    if (!info.isDirectory()) return true
    const { readdir } = await import('node:fs/promises')
    return (await readdir(dir)).length > 0
  } catch {
    return false
  }
}
