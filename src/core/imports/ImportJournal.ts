import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { Notebook } from '../notebook/Notebook'
import { notebookPaths } from '../notebook/notebookFiles'

const batchSchema = z.object({
  id: z.string(),
  kind: z.enum(['contacts', 'generate', 'bundle']),
  /** The file imported (or "generate"), as the person knows it. */
  fileName: z.string(),
  startedAt: z.number(),
  /** Rows (or records) the batch writes, and how many had landed at the last mark. */
  total: z.number(),
  landed: z.number(),
  state: z.enum(['running', 'done', 'undone']),
  /** The process writing it: a running batch whose process is gone was interrupted. */
  pid: z.number(),
  /** What the batch needs to run again: the column mapping and choices of an import, the options of generate. */
  options: z.record(z.string(), z.unknown()),
  /** Places the batch created (taken away again by undo when nothing else uses them). */
  placeIds: z.array(z.string()),
})
export type ImportBatch = z.infer<typeof batchSchema>

/**
 * Bulk writes, journaled in the notebook (`imports/`, sealed) before their first record lands:
 * after a crash the next open finds the batch still `running` and offers to finish or undo it.
 * Records of a batch get ids fixed by the batch (`batchRecordId`), so finishing skips what
 * landed and undo removes exactly the batch. An import also keeps its source text beside its entry.
 */
export class ImportJournal {
  constructor(private readonly notebook: Notebook) {}

  #path(id: string, ext: 'json' | 'source'): string {
    if (!/^[\w-]+$/.test(id)) throw new Error(`“${id}” is not an import id`)
    return join(notebookPaths(this.notebook.dir).imports, `${id}.${ext}`)
  }

  async start(batch: Omit<ImportBatch, 'state' | 'pid' | 'landed'>, source?: string): Promise<ImportBatch> {
    if (source !== undefined) await this.notebook.files.write(this.#path(batch.id, 'source'), source)
    const entry: ImportBatch = { ...batch, state: 'running', landed: 0, pid: process.pid }
    await this.save(entry)
    return entry
  }

  save(batch: ImportBatch): Promise<void> {
    return this.notebook.files.write(this.#path(batch.id, 'json'), JSON.stringify(batch))
  }

  async get(id: string): Promise<ImportBatch> {
    const text = await this.notebook.files.readText(this.#path(id, 'json'))
    if (!text) throw new Error(`No import ${id} in this notebook (see massline imports list)`)
    return batchSchema.parse(JSON.parse(text))
  }

  /** Forgets a batch's source once nothing needs it (a merged bundle: the documents now hold it). */
  async dropSource(id: string): Promise<void> {
    await rm(this.#path(id, 'source'), { force: true })
  }

  async source(id: string): Promise<string> {
    const text = await this.notebook.files.readText(this.#path(id, 'source'))
    if (text === undefined) throw new Error(`The source of import ${id} is missing`)
    return text
  }

  /** Every batch, newest first. */
  async list(): Promise<ImportBatch[]> {
    let names: string[]
    try {
      names = await readdir(notebookPaths(this.notebook.dir).imports)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
    const ids = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length))
    return (await Promise.all(ids.map((id) => this.get(id)))).sort((a, b) => b.startedAt - a.startedAt)
  }

  /** Batches left `running` by a process that is gone (killed, crashed, out of power). */
  async interrupted(): Promise<ImportBatch[]> {
    return (await this.list()).filter((b) => b.state === 'running' && !(b.pid === process.pid ? ACTIVE.has(b.id) : isAlive(b.pid)))
  }
}

/** Batches this process is writing right now. */
const ACTIVE = new Set<string>()

/** Runs one batch's writes, marked as under way in this process so no one offers to finish it meanwhile. */
export async function whileActive<T>(batchId: string, run: () => Promise<T>): Promise<T> {
  ACTIVE.add(batchId)
  try {
    return await run()
  } finally {
    ACTIVE.delete(batchId)
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** What a person is told about an interrupted batch. */
export function interruptedMessage(batch: ImportBatch): string {
  const what = batch.kind === 'generate' ? 'Generating records' : `An import of ${batch.fileName}`
  const count = `${batch.landed.toLocaleString('en-US')} of ${batch.total.toLocaleString('en-US')}`
  // A merged bundle cannot be taken apart again; finishing it merges the rest.
  if (batch.kind === 'bundle') return `${what} stopped after ${count} documents: finish it (massline imports finish ${batch.id})`
  return `${what} stopped after ${count} rows: finish it (massline imports finish ${batch.id}) or undo it (massline imports undo ${batch.id})`
}
