import { rm } from 'node:fs/promises'
import { getHeads, getMissingDeps, hasHeads } from '@automerge/automerge'
import {
  interpretAsDocumentId,
  type AutomergeUrl,
  type DocHandle,
  type DocumentId,
  type Repo,
} from '@automerge/automerge-repo'
import { contactRow, type ContactRow } from '../../shared/contacts/contactRow'
import { byName } from '../../shared/contacts/contactQuery'
import type { ContactDoc } from '../../shared/contacts/contact'
import type { NoteDoc } from '../../shared/notes/note'
import { noteRow, type NoteRow } from '../../shared/notes/noteRow'
import { newId } from '../../shared/ids'
import { applyMigrations, pendingMigrations, ROOT_MIGRATIONS, SHARD_MIGRATIONS } from '../../shared/notebook/migrations'
import {
  DEFAULT_SHARD_COUNTS,
  RECORD_KINDS,
  SCHEMA_VERSION,
  type BaseRecord,
  type NotebookRootDoc,
  type RecordKind,
  type ShardDoc,
} from '../../shared/notebook/schema'
import { allDocumentUrls, notebookName, shardUrl } from '../../shared/notebook/rootDoc'
import { listPurges } from '../../shared/purge/purgeLog'
import { scalar, type Scalar } from '../../shared/notebook/scalar'
import { shardFor } from '../../shared/notebook/sharding'
import { carryOver } from '../purge/carryOver'
import { recordCarried } from '../purge/purgeNotices'
import { checkKey } from '../atRest/checkKey'
import { keyFor, type KeyVault } from '../atRest/KeyVault'
import { anySealed, sealInPlace } from '../atRest/sealInPlace'
import { SealedFiles } from '../atRest/SealedFiles'
import type { DamageReport } from '../../shared/damageContract'
import { RecordIndex } from '../index/RecordIndex'
import { isNoRoom } from '../storage/noRoom'
import { Quarantine } from '../storage/Quarantine'
import type { StorageGuard } from '../storage/StorageGuard'
import { createRepo, notebookStore } from './createRepo'
import { DamageLedger } from './DamageLedger'
import { chunkDocument, damageReport, type DocState } from './damageReport'
import { DamagedDocumentError, openRoot } from './damagedDocuments'
import { notebookPaths, readNotebookMeta, sealName, writeNotebookMeta, type NotebookMeta } from './notebookFiles'

/** Record kinds with a persisted list index (lists, the matrix and backlinks read rows, not shards). */
type IndexedKind = 'contacts' | 'notes'
interface Indexes {
  contacts: RecordIndex<ContactDoc, ContactRow>
  notes: RecordIndex<NoteDoc, NoteRow>
}
const PROJECTIONS = { contacts: contactRow, notes: noteRow }
const ORDERS = { contacts: byName, notes: undefined }

export interface OpenOptions {
  /** Open without writing anything (export, list, show): works on a full disk or a read-only folder. */
  readOnly?: boolean
}

/**
 * An open notebook: its repo, its root document, and the list indexes of contacts and notes.
 * Shards load lazily; `loadAll(kind)` walks a kind's shards in the background after the
 * first screen is served.
 */
export class Notebook {
  readonly #shardHandles = new Map<string, Promise<DocHandle<ShardDoc>>>()
  /** The URL each cached shard handle was found at: a purge moves a shard to a new document. */
  readonly #shardUrls = new Map<string, AutomergeUrl>()
  #retiring: Promise<void> = Promise.resolve()
  /** Documents a purge retired that this device has taken (or is taking) out of the notebook. */
  readonly #leaving = new Set<string>()
  readonly #loaded = new Map<RecordKind, Promise<void>>()
  #closing = false

  private constructor(
    readonly dir: string,
    readonly repo: Repo,
    /** The repo's storage: whether writes are held back for lack of room, and a retry. */
    readonly store: StorageGuard,
    readonly root: DocHandle<NotebookRootDoc>,
    /** The notebook's side files (indexes, sync secrets), sealed with its storage key. */
    readonly files: SealedFiles,
    /** Contacts' is read at open (the first screen); the others when first needed. */
    readonly indexes: Indexes,
    /** Shared with the repo's access policy: only these documents are ever served to a peer. */
    private readonly members: Set<DocumentId>,
    /** Documents a purge retired: shared with the repo's storage and access policy, which refuse them. */
    private readonly retired: Set<DocumentId>,
    /** Chunks that would not open, set aside; and what the notebook knew of their documents. */
    readonly quarantine: Quarantine,
    readonly damageLedger: DamageLedger,
  ) {
    const refresh = (doc: NotebookRootDoc): void => {
      this.#retire(doc)
      members.add(interpretAsDocumentId(root.url))
      for (const url of allDocumentUrls(doc)) if (!this.#leaving.has(interpretAsDocumentId(url))) members.add(interpretAsDocumentId(url))
      this.#followMovedShards(doc)
    }
    refresh(root.doc())
    root.on('change', ({ doc }) => refresh(doc))
  }

  /** Creates a notebook in an empty directory, with every shard document made up front. */
  static async create(dir: string, name: string, keys: KeyVault, now = Date.now()): Promise<Notebook> {
    if (await readNotebookMeta(dir)) throw new Error(`${dir} already holds a notebook`)
    // The key is kept before anything is written under it.
    const notebookId = newId()
    const key = await keyFor(keys, notebookId)
    const store = notebookStore(notebookPaths(dir).store, key, { quarantine: new Quarantine(dir) })
    const repo = createRepo(store, () => true)
    const shards = Object.fromEntries(
      RECORD_KINDS.map((kind) => [
        kind,
        Array.from({ length: DEFAULT_SHARD_COUNTS[kind] }, (_, shard) =>
          scalar(repo.create<ShardDoc>({ schemaVersion: SCHEMA_VERSION, kind, shard, records: {} }).url),
        ),
      ]),
    ) as Record<RecordKind, Scalar[]>
    const root = repo.create<NotebookRootDoc>({
      schemaVersion: SCHEMA_VERSION,
      notebookId,
      name: scalar(name),
      createdAt: now,
      shards,
      leaflets: {},
      settings: { defaultRegion: 'US' },
    })
    await repo.flush()
    store.assertWritten()
    await repo.shutdown()
    const rootDoc = root.doc()
    await writeNotebookMeta(dir, { format: 1, id: rootDoc.notebookId, rootUrl: root.url, sealedName: sealName(key, name), createdAt: now, sealed: true })
    return Notebook.open(dir, keys)
  }

  /** Opens a notebook with its key from `keys`; one written before data at rest were sealed is sealed first. */
  static async open(dir: string, keys: KeyVault, { readOnly = false }: OpenOptions = {}): Promise<Notebook> {
    const meta = await readNotebookMeta(dir)
    if (!meta) throw new Error(`${dir} is not a Massline notebook (no notebook.json)`)
    if (readOnly && !meta.sealed) throw new Error(`${dir} was written by an older Massline and must be opened once for writing (in the app or by an import) before it can be read`)
    const key = await openingKey(dir, meta, keys)
    const files = new SealedFiles(key, dir, readOnly)
    const members = new Set<DocumentId>()
    const retired = new Set<DocumentId>()
    const quarantine = new Quarantine(dir)
    const ledger = await DamageLedger.open(files)
    quarantine.on('quarantined', (entry) => {
      const documentId = chunkDocument(entry.storageKey)
      if (documentId) ledger.damaged(documentId)
    })
    const isRetired = (id: DocumentId) => retired.has(id)
    const store = notebookStore(notebookPaths(dir).store, key, { quarantine, retired: isRetired, readOnly })
    const repo = createRepo(store, (id) => members.has(id), isRetired)
    let root: DocHandle<NotebookRootDoc>
    try {
      root = await openRoot(repo, meta.rootUrl as AutomergeUrl, quarantine, dir)
      migrate(root, ROOT_MIGRATIONS)
    } catch (error) {
      repo.networkSubsystem.disconnect()
      throw error
    }
    const index = <K extends IndexedKind>(kind: K): Indexes[K] => {
      const shardCount = root.doc().shards[kind].length
      return RecordIndex.open(notebookPaths(dir).index(kind), files, kind, shardCount, PROJECTIONS[kind] as never, (id) => shardFor(id, shardCount), ORDERS[kind] as never) as unknown as Indexes[K]
    }
    const indexes = { contacts: index('contacts'), notes: index('notes') }
    await indexes.contacts.load()
    return new Notebook(dir, repo, store, root, files, indexes, members, retired, quarantine, ledger)
  }

  get contacts(): RecordIndex<ContactDoc, ContactRow> {
    return this.indexes.contacts
  }

  get id(): string {
    return this.root.doc().notebookId
  }

  get name(): string {
    return notebookName(this.root.doc())
  }

  async rename(name: string): Promise<void> {
    const trimmed = name.trim()
    if (!trimmed) throw new Error('A notebook needs a name')
    this.root.change((doc) => (doc.name = scalar(trimmed)))
    const meta = (await readNotebookMeta(this.dir)) as NotebookMeta
    await writeNotebookMeta(this.dir, { ...meta, sealedName: sealName(this.files.key, trimmed) })
  }

  /** Whether a document is part of this notebook (root, a shard, a leaflet). */
  belongs(documentId: DocumentId): boolean {
    return this.members.has(documentId)
  }

  /** Whether a purge retired this document: it left the notebook, though a member behind may still send about it. */
  isRetired(documentId: DocumentId): boolean {
    return this.#leaving.has(documentId)
  }

  shardIndex(kind: RecordKind, id: string): number {
    return shardFor(id, this.root.doc().shards[kind].length)
  }

  /** The shard document of one kind, migrated and (for contacts and notes) wired to its list index. */
  shard<R extends BaseRecord>(kind: RecordKind, shard: number): Promise<DocHandle<ShardDoc<R>>> {
    const key = `${kind}/${shard}`
    let pending = this.#shardHandles.get(key)
    if (!pending) {
      const url = shardUrl(this.root.doc(), kind, shard)
      if (!url) throw new Error(`Notebook has no ${kind} shard ${shard}`)
      this.#shardUrls.set(key, url)
      // 'unavailable': every chunk of it was damaged and set aside (it is reported, and fetched from peers).
      pending = this.repo.find<ShardDoc>(url, { allowableStates: ['ready', 'unavailable'] }).then(async (handle) => {
        const index = kind === 'contacts' || kind === 'notes' ? (this.indexes[kind] as unknown as RecordIndex<R, { id: string }>) : undefined
        await index?.load()
        // Before the index is brought in line with what is left of a damaged shard: what it held.
        if (this.damageLedger.isFresh(handle.documentId)) this.#noteDamage(handle, shard, index)
        if (!readable(handle)) {
          if (!handle.isReady() && !this.damageLedger.entry(handle.documentId)) throw new Error(`Document ${url} is unavailable`)
          throw this.#unreadable(key, handle)
        }
        migrate(handle, SHARD_MIGRATIONS)
        if (index) this.#index(index, shard, handle as DocHandle<ShardDoc<R>>)
        return handle
      })
      // A shard that could not be found (a moved one still on its way from a peer) is looked up again next time.
      const failed = pending
      failed.catch(() => {
        if (this.#shardHandles.get(key) !== failed) return
        this.#shardHandles.delete(key)
        this.#shardUrls.delete(key)
      })
      this.#shardHandles.set(key, pending)
    }
    return pending as Promise<DocHandle<ShardDoc<R>>>
  }

  shardOf<R extends BaseRecord>(kind: RecordKind, id: string): Promise<DocHandle<ShardDoc<R>>> {
    return this.shard<R>(kind, this.shardIndex(kind, id))
  }

  /**
   * Writes many new records (an import, a generated notebook): one change per shard, each
   * flushed before the next. Flushing one at a time matters: automerge-repo compacts only one
   * document at a time, so concurrent saves would leave slow-to-load incremental chunks.
   * `fill` runs in the same change after each record is put (rich text must be written in
   * the change that creates its field).
   */
  async putRecords<R extends BaseRecord>(
    kind: RecordKind,
    records: readonly R[],
    /** Called after each shard is flushed; a bulk write that journals its progress returns the journal's write. */
    onProgress?: (written: number, total: number) => void | Promise<void>,
    fill?: (doc: ShardDoc<R>, record: R) => void,
  ): Promise<void> {
    const byShard = new Map<number, R[]>()
    for (const record of records) {
      const shard = this.shardIndex(kind, record.id)
      const batch = byShard.get(shard)
      if (batch) batch.push(record)
      else byShard.set(shard, [record])
    }
    let written = 0
    for (const [shard, batch] of byShard) {
      const handle = await this.shard<R>(kind, shard)
      handle.change((doc) => {
        for (const record of batch) {
          // A resumed bulk write skips what already landed (ids are fixed by its batch).
          if (doc.records[record.id]) continue
          doc.records[record.id] = record
          fill?.(doc, record)
        }
      })
      await this.flush([handle.documentId])
      await onProgress?.((written += batch.length), records.length)
    }
  }

  /** Loads every shard of a kind once, one at a time so the first screen is never starved. */
  loadAll(kind: RecordKind): Promise<void> {
    let pending = this.#loaded.get(kind)
    if (!pending) {
      pending = (async () => {
        const count = this.root.doc().shards[kind].length
        for (let shard = 0; shard < count && !this.#closing; shard++) await this.shard(kind, shard).catch(DamagedDocumentError.skip)
      })()
      this.#loaded.set(kind, pending)
    }
    return pending
  }

  /** Rows for lists: straight from the persisted index, or after a full load without one. */
  async rows<K extends IndexedKind>(kind: K): Promise<ReturnType<Indexes[K]['rows']>> {
    if (!(await this.indexes[kind].load())) await this.loadAll(kind)
    return this.indexes[kind].rows() as ReturnType<Indexes[K]['rows']>
  }

  /** Resolves once this document is stored durably with at least these heads. */
  async persist(documentId: DocumentId, heads: string[], timeoutMs = 10_000): Promise<void> {
    if (!this.belongs(documentId)) throw new Error('That document is not part of this notebook')
    const handle = await this.repo.find(documentId)
    const deadline = Date.now() + timeoutMs
    while (!hasHeads(handle.doc(), heads)) {
      const left = deadline - Date.now()
      if (left <= 0) throw new Error('Timed out waiting for the edit to reach the notebook')
      // Wake on the next change or at the deadline, whichever comes first.
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          clearTimeout(timer)
          handle.off('heads-changed', wake)
          resolve()
        }
        const timer = setTimeout(wake, left)
        handle.on('heads-changed', wake)
      })
    }
    await this.flush([documentId])
  }

  /** Writes these documents (all when omitted) to disk; throws `NoRoomError` if the disk took none of it. */
  async flush(documentIds?: DocumentId[]): Promise<void> {
    await this.repo.flush(documentIds)
    this.store.assertWritten()
  }

  /**
   * Which documents, and so which records, may lack changes because a file of theirs was
   * damaged (see `damagedDocuments.ts`). A document seen whole again is marked recovered.
   */
  async damage(): Promise<DamageReport> {
    const report = damageReport({
      entries: await this.quarantine.list(),
      ledger: (id) => this.damageLedger.entry(id),
      rootId: this.root.documentId,
      root: this.root.doc(),
      stateOf: (id) => stateOf(this.repo.handles[id as DocumentId]),
      titleOf: (id) => {
        const handle = this.repo.handles[id as DocumentId]
        const title = handle?.isReady() ? (handle.doc() as { title?: unknown }).title : undefined
        return title === undefined ? undefined : String(title)
      },
    })
    for (const d of report.documents) if (d.recovered && d.part.kind !== 'other' && this.damageLedger.entry(d.documentId)?.recoveredAt === undefined) this.damageLedger.recovered(d.documentId)
    return report
  }

  /** Keeps the records the list index held for a shard whose chunk was just quarantined, and the heads it had seen. */
  #noteDamage<R extends BaseRecord>(handle: DocHandle<ShardDoc>, shard: number, index: RecordIndex<R, { id: string }> | undefined): void {
    const rows = index ? index.shardRows(shard) : []
    this.damageLedger.note(handle.documentId, { records: rows.map((row) => ({ id: row.id, name: rowName(row) })), expectedHeads: index?.shardHeads(shard) ?? null })
    // Changes fetched from a peer or merged from a bundle may make it whole again.
    handle.on('heads-changed', () => void this.damage().catch(() => undefined))
  }

  /** A shard whose only snapshot was damaged: not served (nothing may be written over it) until its changes come back. */
  #unreadable(key: string, handle: DocHandle<ShardDoc>): DamagedDocumentError {
    this.#shardHandles.delete(key)
    const [kind, shard] = key.split('/') as [RecordKind, string]
    const retry = (): void => {
      if (!readable(handle)) return
      handle.off('heads-changed', retry)
      void this.shard(kind, Number(shard)).catch(() => undefined)
    }
    handle.on('heads-changed', retry)
    return new DamagedDocumentError(`${kind} shard ${shard}`)
  }

  /** Stops background loading, disconnects peers, and stores every loaded document and the index. */
  async close(): Promise<void> {
    this.#closing = true
    await Promise.allSettled([...this.#shardHandles.values(), this.#retiring])
    this.repo.networkSubsystem.disconnect()
    // Handles still being fetched from a peer have nothing of ours to store.
    const ready = Object.values(this.repo.handles).filter((handle) => handle.isReady())
    await this.repo.flush(ready.map((handle) => handle.documentId))
    const written = await this.store.retry()
    this.store.stop()
    // The indexes are caches, rebuilt from the documents: no room for them is no loss.
    await Promise.all([this.indexes.contacts.save(), this.indexes.notes.save()]).catch((error: unknown) => {
      if (!isNoRoom(error)) throw error
    })
    await this.damageLedger.flushed()
    if (!written) this.store.assertWritten()
  }

  /**
   * Deletes the documents a purge retired (here or on another member's device) from the store,
   * and never serves or accepts them again: they leave the notebook's members at once, which the
   * repo's access policy and the sync adapter both check. First, this device's edits to them
   * that the purge did not see are carried onto the new documents (`purge/carryOver.ts`); if
   * that fails (the new documents never came) the old ones stay on disk, unserved, and the next
   * open tries again: nothing a user typed is lost.
   */
  #retire(root: NotebookRootDoc): void {
    for (const entry of listPurges(root)) {
      const ids = entry.documents.filter((id) => !this.#leaving.has(id)) as DocumentId[]
      if (!ids.length) continue
      for (const id of ids) {
        this.#leaving.add(id)
        this.members.delete(id)
      }
      this.#retiring = this.#retiring.then(async () => {
        try {
          if (!this.files.readOnly) await recordCarried(this.files, this.dir, entry.id, await carryOver(this.repo, entry, new Set(ids), () => this.#closing))
        } catch (error) {
          console.error(`Edits to documents a purge replaced could not be carried over yet: ${(error as Error).message}`)
          return
        }
        for (const id of ids) this.retired.add(id)
        await Promise.all(ids.map((id) => this.#deleteDocument(id))).catch(() => undefined)
      })
    }
  }

  async #deleteDocument(id: DocumentId): Promise<void> {
    if (this.repo.handles[id]?.isReady()) await this.repo.removeFromCache(id)
    await this.repo.storageSubsystem?.removeDoc(id)
  }

  /** Resolves once every retired document is gone from the store. */
  retirements(): Promise<void> {
    return this.#retiring
  }

  /** A shard moved to a new document (a purge): the next read finds the new one, and its list index follows. */
  #followMovedShards(doc: NotebookRootDoc): void {
    for (const [key, url] of this.#shardUrls) {
      const [kind, shard] = key.split('/') as [RecordKind, string]
      if (shardUrl(doc, kind, Number(shard)) === url) continue
      this.#shardHandles.delete(key)
      this.#shardUrls.delete(key)
      if (kind === 'contacts' || kind === 'notes') void this.shard(kind, Number(shard)).catch(() => undefined)
    }
  }

  #index<R extends BaseRecord>(index: RecordIndex<R, { id: string }>, shard: number, handle: DocHandle<ShardDoc<R>>): void {
    index.reconcileShard(shard, handle.doc())
    handle.on('change', ({ doc, patches }) => index.applyPatches(shard, doc, patches))
  }
}

/** The storage key; a notebook from before sealing gets one, and is sealed in place (resuming an interrupted run). */
async function openingKey(dir: string, meta: NotebookMeta, keys: KeyVault): Promise<Uint8Array> {
  if (meta.sealed) {
    const key = await keys.load(meta.id)
    if (!key) throw new Error(`No storage key for notebook ${meta.id} on this device: its data in ${dir} cannot be read without it`)
    // A wrong key is refused here, by name, before the repo reads or writes anything.
    await checkKey(notebookPaths(dir).store, interpretAsDocumentId(meta.rootUrl as AutomergeUrl), key, meta.sealedName)
    return key
  }
  // notebook.json is in clear: without its `sealed` mark, clear files are taken in only by a
  // run this device started (its marker opens with the key), or before anything was sealed.
  const marker = notebookPaths(dir).sealing
  const kept = await keys.load(meta.id)
  if (kept && !(await new SealedFiles(kept, dir).read(marker)) && (await anySealed(dir))) {
    throw new Error(`${notebookPaths(dir).meta} says notebook ${meta.id} is not sealed, but this device keeps its key and its files are sealed: refusing to take in files in clear (was notebook.json altered?)`)
  }
  const key = kept ?? (await keyFor(keys, meta.id))
  await new SealedFiles(key, dir).write(marker, meta.id)
  await sealInPlace(dir, key)
  const { name, ...rest } = meta
  await writeNotebookMeta(dir, { ...rest, sealedName: sealName(key, name ?? ''), sealed: true })
  await rm(marker, { force: true })
  return key
}


const readable = (handle: DocHandle<ShardDoc>): boolean => handle.isReady() && handle.doc().records !== undefined

function stateOf(handle: DocHandle<unknown> | undefined): DocState | undefined {
  if (handle?.state === 'unavailable') return { heads: [], missingDeps: 0, has: () => false }
  if (!handle?.isReady()) return undefined
  const doc = handle.doc()
  return { heads: getHeads(doc), missingDeps: getMissingDeps(doc, []).length, has: (heads) => hasHeads(doc, heads) }
}

/** How a list row is named to people: a contact's name, a note's date and first words. */
function rowName(row: { id: string }): string {
  const { name, date, preview } = row as { name?: string; date?: number; preview?: string }
  if (typeof name === 'string') return name
  return [date ? new Date(date).toISOString().slice(0, 10) : '', (preview ?? '').slice(0, 40)].filter(Boolean).join(' ')
}

function migrate<T>(handle: DocHandle<T>, migrations: typeof ROOT_MIGRATIONS): void {
  const pending = pendingMigrations(handle.doc() as { schemaVersion?: unknown }, migrations)
  if (pending.length) handle.change((doc) => applyMigrations(doc as Record<string, unknown>, pending))
}
