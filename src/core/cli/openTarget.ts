import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { NotebookCatalog } from '../app/NotebookCatalog'
import { readSettings } from '../app/settingsFile'
import { ImportJournal, interruptedMessage } from '../imports/ImportJournal'
import { Notebook } from '../notebook/Notebook'
import { readNotebookMeta } from '../notebook/notebookFiles'
import type { CommandContext } from './command'

/**
 * The notebook a command acts on: `--notebook PATH`, else the one the app last showed, else the
 * first. `readOnly` (export, list, show) writes nothing, not even a first notebook.
 */
export async function openTarget(context: CommandContext, options: { create?: boolean; readOnly?: boolean } = {}): Promise<Notebook> {
  const notebook = await openNotebook(context, options)
  for (const batch of await new ImportJournal(notebook).interrupted()) context.err(interruptedMessage(batch))
  return notebook
}

async function openNotebook(context: CommandContext, { create = false, readOnly = false }): Promise<Notebook> {
  const path = context.values.notebook
  if (typeof path === 'string') {
    const dir = resolve(path)
    if (await readNotebookMeta(dir)) return Notebook.open(dir, context.keys, { readOnly })
    if (create && !(await isNonEmptyDir(dir))) return Notebook.create(dir, 'Generated notebook', context.keys)
    throw new Error(`${dir} is not a Massline notebook`)
  }
  const catalog = new NotebookCatalog(context.home, context.keys)
  if (!readOnly) await catalog.ensureDefault()
  const { lastNotebookId } = await readSettings(context.home)
  const entries = await catalog.list()
  const entry = entries.find((e) => e.id === lastNotebookId) ?? entries[0]
  if (!entry) throw new Error(`No notebooks in ${context.home} yet`)
  return Notebook.open(entry.dir, context.keys, { readOnly })
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
