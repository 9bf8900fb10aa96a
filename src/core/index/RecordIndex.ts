import { getHeads, type Doc, type Patch } from '@automerge/automerge'
import { EventEmitter } from 'node:events'
import { z } from 'zod'
import type { BaseRecord, RecordKind, ShardDoc } from '../../shared/notebook/schema'
import type { SealedFiles } from '../atRest/SealedFiles'
import { sameHeads, touchedIds } from './shardChanges'

// 2: contact rows gained levels, follow-up facts, place and mergedInto; older files are rebuilt.
// 3: contact rows gained their level history and languages (campaign dashboards).
const INDEX_FORMAT = 3
const SAVE_DELAY_MS = 500

export interface IndexDelta<Row> {
  upserts: Row[]
  removed: string[]
}

const indexFile = z.object({
  format: z.literal(INDEX_FORMAT),
  kind: z.string(),
  shardCount: z.number(),
  heads: z.array(z.array(z.string()).nullable()),
  // Rows are checked by a plain loop below: validating 10,000 objects through zod costs
  // more than the rest of opening a notebook.
  rows: z.array(z.unknown()),
})

function isRow(value: unknown): value is { id: string } {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
}

/**
 * A compact, persisted list projection of one record kind (e.g. contact rows), so lists show
 * at once on start without loading every shard. Each shard's heads are stored with it; a
 * shard whose heads differ when it loads is re-projected, so the index converges on the
 * documents whatever happened while the app was closed (sync, crash, another process).
 */
export class RecordIndex<R extends BaseRecord, Row extends { id: string }> extends EventEmitter<{
  changed: [IndexDelta<Row>]
}> {
  readonly #rows = new Map<string, Row>()
  readonly #idsByShard: Set<string>[]
  readonly #heads: (string[] | null)[]
  #loaded: Promise<boolean> | undefined
  #saveTimer: NodeJS.Timeout | undefined
  #saving: Promise<void> = Promise.resolve()

  private constructor(
    readonly file: string,
    private readonly files: SealedFiles,
    readonly kind: RecordKind,
    readonly shardCount: number,
    private readonly project: (record: R) => Row,
    private readonly shardOf: (id: string) => number,
    /** The order rows are written in (the order lists open in, so sorting them then is cheap). */
    private readonly order?: (a: Row, b: Row) => number,
  ) {
    super()
    this.#idsByShard = Array.from({ length: shardCount }, () => new Set())
    this.#heads = Array.from({ length: shardCount }, () => null)
  }

  /** An index backed by `file`, not read yet: `load` reads it (lists that are not on the first screen wait until asked). */
  static open<R extends BaseRecord, Row extends { id: string }>(
    file: string,
    files: SealedFiles,
    kind: RecordKind,
    shardCount: number,
    project: (record: R) => Row,
    shardOf: (id: string) => number,
    order?: (a: Row, b: Row) => number,
  ): RecordIndex<R, Row> {
    return new RecordIndex(file, files, kind, shardCount, project, shardOf, order)
  }

  /**
   * Reads the persisted index once; resolves true if it was present and intact (a damaged
   * one is ignored and rebuilt as shards load). Shards must not be reconciled before it resolves.
   */
  load(): Promise<boolean> {
    this.#loaded ??= (async () => {
      const saved = await this.#read()
      if (!saved || saved.kind !== this.kind || saved.shardCount !== this.shardCount || !saved.rows.every(isRow)) return false
      saved.heads.forEach((heads, shard) => (this.#heads[shard] = heads))
      for (const row of saved.rows as unknown as Row[]) {
        this.#rows.set(row.id, row)
        this.#idsByShard[this.shardOf(row.id)]?.add(row.id)
      }
      return true
    })()
    return this.#loaded
  }

  /** The saved index, or undefined when missing or unreadable (it is rebuilt as shards load). */
  async #read(): Promise<z.infer<typeof indexFile> | undefined> {
    try {
      const text = await this.files.readText(this.file)
      return text === undefined ? undefined : indexFile.parse(JSON.parse(text))
    } catch (error) {
      console.error(`Rebuilding the ${this.kind} list index: ${(error as Error).message}`)
      return undefined
    }
  }

  rows(): Row[] {
    return [...this.#rows.values()]
  }

  /** The rows of one shard, as indexed. */
  shardRows(shard: number): Row[] {
    return [...(this.#idsByShard[shard] ?? [])].flatMap((id) => this.#rows.get(id) ?? [])
  }

  /** The heads of one shard the rows reflect (null: never indexed). */
  shardHeads(shard: number): string[] | null {
    return this.#heads[shard] ?? null
  }

  /** Brings one shard's rows in line with its document, unless its heads are the ones indexed. */
  reconcileShard(shard: number, doc: Doc<ShardDoc<R>>): void {
    const heads = getHeads(doc)
    if (sameHeads(heads, this.#heads[shard] ?? null)) return
    const ids = this.#idsByShard[shard]!
    const removed = [...ids].filter((id) => !(id in doc.records))
    this.#apply(shard, heads, doc, Object.keys(doc.records), removed)
  }

  /** Re-projects only the records that a change touched. */
  applyPatches(shard: number, doc: Doc<ShardDoc<R>>, patches: Patch[]): void {
    const touched = touchedIds(patches)
    const present = [...touched].filter((id) => id in doc.records)
    const removed = [...touched].filter((id) => !(id in doc.records))
    this.#apply(shard, getHeads(doc), doc, present, removed)
  }

  #apply(shard: number, heads: string[], doc: Doc<ShardDoc<R>>, present: string[], removed: string[]): void {
    const ids = this.#idsByShard[shard]!
    const upserts: Row[] = []
    for (const id of present) {
      const row = this.#projectSafely(id, doc.records[id])
      if (!row) {
        removed.push(id)
        continue
      }
      this.#rows.set(id, row)
      ids.add(id)
      upserts.push(row)
    }
    for (const id of removed) {
      this.#rows.delete(id)
      ids.delete(id)
    }
    this.#heads[shard] = heads
    this.#scheduleSave()
    if (upserts.length || removed.length) this.emit('changed', { upserts, removed })
  }

  /**
   * A record a peer wrote in a shape this version cannot read (a list where a value belongs,
   * say) is left out of the list and reported, never a crash of the core; the document keeps it.
   */
  #projectSafely(id: string, record: R | undefined): Row | undefined {
    try {
      if (typeof record !== 'object' || record === null) throw new Error('not a record')
      return this.project(record)
    } catch (error) {
      console.error(`Left ${this.kind} record ${id} out of the list: ${(error as Error).message}`)
      return undefined
    }
  }

  #scheduleSave(): void {
    clearTimeout(this.#saveTimer)
    // The index is derived data: a failed write (disk full) is reported, never a crash, and
    // the next change or close tries again.
    this.#saveTimer = setTimeout(
      () => this.save().catch((error: Error) => console.error(`Could not save the ${this.kind} list index: ${error.message}`)),
      SAVE_DELAY_MS,
    )
    this.#saveTimer.unref?.()
  }

  /** Writes the index now (also called on close). */
  save(): Promise<void> {
    clearTimeout(this.#saveTimer)
    // An index never read holds nothing newer than its file; one being read waits for it.
    const loaded = this.#loaded
    if (!loaded) return this.#saving
    const write = async (): Promise<void> => {
      await loaded
      const body = JSON.stringify({ format: INDEX_FORMAT, kind: this.kind, shardCount: this.shardCount, heads: this.#heads, rows: this.order ? this.rows().sort(this.order) : this.rows() })
      await this.files.write(this.file, body)
    }
    // Writes go in order; one that failed must not fail every later one.
    this.#saving = this.#saving.catch(() => undefined).then(write)
    return this.#saving
  }
}
