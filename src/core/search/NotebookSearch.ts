import { getHeads } from '@automerge/automerge'
import type { AutomergeUrl, DocHandle } from '@automerge/automerge-repo'
import type { LeafletDoc } from '../../shared/leaflets/leaflet'
import { str } from '../../shared/notebook/scalar'
import type { BaseRecord, NotebookRootDoc, RecordKind, ShardDoc } from '../../shared/notebook/schema'
import { termNames } from '../../shared/notebook/terms'
import type { NoteDoc } from '../../shared/notes/note'
import type { NoteRow } from '../../shared/notes/noteRow'
import type { ContactRow } from '../../shared/contacts/contactRow'
import type { SearchArgs, SearchKind, SearchResults } from '../../shared/searchContract'
import { DamagedDocumentError } from '../notebook/damagedDocuments'
import type { Notebook } from '../notebook/Notebook'
import { sameHeads, touchedIds } from '../index/shardChanges'
import { notebookPaths } from '../notebook/notebookFiles'
import type { DocMeta } from './docMeta'
import { SearchIndex } from './SearchIndex'
import { campaignDocs, contactDocs, leafletDocs, noteDocs, placeDocs, type SearchDoc } from './searchDocuments'

type Project = (record: never, root: NotebookRootDoc) => SearchDoc[]
/** The record kinds search covers, in the order they are loaded (small ones first). */
const PROJECT: Partial<Record<RecordKind, Project>> = { campaigns: campaignDocs, places: placeDocs, notes: noteDocs, contacts: contactDocs }
const LEAFLET = 'leaflets/'
/** Where each kind of hit lives (a quote in its note). */
const RECORD_KIND: Record<Exclude<SearchKind, 'leaflet'>, RecordKind> = { note: 'notes', quote: 'notes', contact: 'contacts', place: 'places', campaign: 'campaigns' }


interface Rows {
  note: (id: string) => NoteRow | undefined
  contact: (id: string) => ContactRow | undefined
}

const mentions = (note: Partial<NoteDoc>, ids: Set<string>): boolean => ids.has(str(note.target)) || (note.problems ?? []).some((p) => ids.has(str(p)))

/**
 * Keeps one notebook's search index in line with its documents: loads the saved index,
 * then (in the background) walks every shard and leaflet, re-indexing only those whose
 * heads differ, and follows each document's changes, local or synced, record by record.
 */
export class NotebookSearch {
  readonly #attached = new Set<string>()
  /** The shards and leaflets attached so far, by source: snippets are cut from their records. */
  readonly #handles = new Map<string, DocHandle<ShardDoc<BaseRecord>> | DocHandle<LeafletDoc>>()
  #loading: Promise<void> | undefined
  #ready: Promise<void> | undefined
  #closed = false

  private constructor(
    readonly notebook: Notebook,
    readonly index: SearchIndex,
    /** Whether the index came from disk: if not, a search waits for the first full build. */
    readonly fromDisk: boolean,
  ) {
    notebook.root.on('change', ({ doc }) => {
      if (this.#closed || !this.index.textLoaded) return
      this.#refreshTerms(doc)
      if (this.#loading) void this.#attachLeaflets(doc).catch((e: Error) => console.error(`Indexing leaflets failed: ${e.message}`))
    })
  }

  /** Loads the names and titles (search answers from them at once), then the full text in the background. */
  static async open(notebook: Notebook): Promise<NotebookSearch> {
    // The note list index is read lazily; its rows are where snippets come from until shards load.
    const [{ index, fromDisk }] = await Promise.all([SearchIndex.load(notebookPaths(notebook.dir).index('search'), notebook.files), notebook.indexes.notes.load()])
    const search = new NotebookSearch(notebook, index, fromDisk)
    setImmediate(() => void search.#textReady())
    return search
  }

  /** The full text loaded, and its notes in line with the problem and target names as they are now. */
  #textReady(): Promise<void> {
    this.#ready ??= this.index.loadText().then(() => this.#refreshTerms(this.notebook.root.doc()))
    return this.#ready
  }

  /** Loads every document search covers, one at a time so the first screen is never starved. */
  loadAll(): Promise<void> {
    this.#loading ??= (async () => {
      await this.#textReady()
      const release = this.index.hold()
      try {
        for (const kind of Object.keys(PROJECT) as RecordKind[]) {
          const count = this.notebook.root.doc().shards[kind].length
          for (let shard = 0; shard < count && !this.#closed; shard++) await this.#attachShard(kind, shard)
        }
        await this.#attachLeaflets(this.notebook.root.doc())
      } finally {
        release()
      }
    })()
    return this.#loading
  }

  async search(args: Omit<SearchArgs, 'notebookId'>): Promise<SearchResults> {
    if (!this.fromDisk || this.index.rebuilding) await this.loadAll()
    // Rows by id, made only if a hit's shard is not loaded yet (just after opening).
    let notes: Map<string, NoteRow> | undefined
    let contacts: Map<string, ContactRow> | undefined
    const rows: Rows = {
      note: (id) => (notes ??= new Map(this.notebook.indexes.notes.rows().map((row) => [row.id, row]))).get(id),
      contact: (id) => (contacts ??= new Map(this.notebook.contacts.rows().map((row) => [row.id, row]))).get(id),
    }
    return this.index.search(args, (meta) => this.#textOf(meta, rows))
  }

  /** A hit's text as indexed, from its record if its shard is loaded, else what the list rows hold. */
  #textOf(meta: DocMeta, rows: Rows): string {
    const key = `${meta.kind}:${meta.id}`
    if (meta.kind === 'leaflet') {
      const handle = this.#handles.get(`${LEAFLET}${meta.id}`) as DocHandle<LeafletDoc> | undefined
      return handle ? (leafletDocs({ ...handle.doc(), id: meta.id })[0]?.text ?? '') : ''
    }
    const kind = RECORD_KIND[meta.kind]
    const recordId = meta.kind === 'quote' ? meta.noteId : meta.id
    const handle = this.#handles.get(`${kind}/${this.notebook.shardIndex(kind, recordId)}`) as DocHandle<ShardDoc<BaseRecord>> | undefined
    const record = handle?.doc().records[recordId]
    if (record) return (PROJECT[kind] as Project)(record as never, this.notebook.root.doc()).find((d) => d.key === key)?.text ?? ''
    if (meta.kind === 'note') return rows.note(meta.id)?.preview ?? ''
    if (meta.kind === 'quote') return rows.note(meta.noteId)?.quotes.find((q) => q.id === meta.id)?.attribution ?? ''
    const contact = meta.kind === 'contact' ? rows.contact(meta.id) : undefined
    return contact ? [contact.phone, contact.email, ...contact.tags].filter(Boolean).join(' · ') : ''
  }

  async close(): Promise<void> {
    this.#closed = true
    await this.index.flush()
  }

  async #attachShard(kind: RecordKind, shard: number): Promise<void> {
    const source = `${kind}/${shard}`
    if (this.#attached.has(source)) return
    this.#attached.add(source)
    const handle = await this.notebook.shard<BaseRecord>(kind, shard).catch(DamagedDocumentError.skip)
    // Damaged and not repaired yet: its entries stay as they were until it can be read.
    if (!handle) return void this.#attached.delete(source)
    const project = (record: BaseRecord): SearchDoc[] => (PROJECT[kind] as Project)(record as never, this.notebook.root.doc())
    this.#reconcile(source, getHeads(handle.doc()), handle.doc().records, project)
    this.#handles.set(source, handle)
    handle.on('change', ({ doc, patches }) => {
      if (this.#closed) return
      for (const id of touchedIds(patches)) {
        const record = doc.records[id]
        if (record) this.index.putRecord(source, id, project(record))
        else this.index.removeRecord(source, id)
      }
      this.index.setHeads(source, getHeads(doc))
    })
  }

  /** Leaflets are documents of their own, listed in the root: new ones are indexed, deleted ones dropped. */
  async #attachLeaflets(root: NotebookRootDoc): Promise<void> {
    const listed = root.leaflets ?? {}
    for (const source of this.index.sources()) if (source.startsWith(LEAFLET) && !(source.slice(LEAFLET.length) in listed)) this.index.removeSource(source)
    for (const [id, url] of Object.entries(listed)) {
      const source = `${LEAFLET}${id}`
      if (this.#attached.has(source) || this.#closed) continue
      this.#attached.add(source)
      try {
        const handle = await this.notebook.repo.find<LeafletDoc>(str(url) as AutomergeUrl)
        const doc = handle.doc()
        this.#handles.set(source, handle)
        this.#reconcile(source, getHeads(doc), { [id]: doc }, (leaflet) => leafletDocs({ ...leaflet, id }))
        handle.on('change', ({ doc: next }) => {
          if (this.#closed || !(id in (this.notebook.root.doc().leaflets ?? {}))) return
          this.index.putRecord(source, id, leafletDocs({ ...next, id }))
          this.index.setHeads(source, getHeads(next))
        })
      } catch (error) {
        // Not here yet (a comrade's leaflet still syncing): the next root change tries again.
        this.#attached.delete(source)
        console.error(`Could not index leaflet ${id}: ${(error as Error).message}`)
      }
    }
  }

  #reconcile<R>(source: string, heads: string[], records: Record<string, R>, project: (record: R) => SearchDoc[]): void {
    if (sameHeads(heads, this.index.headsOf(source))) return
    for (const id of this.index.recordIds(source)) if (!(id in records)) this.index.removeRecord(source, id)
    for (const [id, record] of Object.entries(records)) this.index.putRecord(source, id, project(record))
    this.index.setHeads(source, heads)
  }

  /** A renamed or merged problem or target re-indexes the notes that name it. */
  #refreshTerms(root: NotebookRootDoc): void {
    const names = termNames(root)
    const old = this.index.terms
    const changed = new Set([...Object.keys(names), ...Object.keys(old)].filter((id) => names[id] !== old[id]))
    if (!changed.size) return
    this.index.terms = names
    const count = root.shards.notes.length
    for (let shard = 0; shard < count; shard++) {
      const source = `notes/${shard}`
      const handle = this.#handles.get(source) as DocHandle<ShardDoc<NoteDoc>> | undefined
      // A shard not loaded yet is re-indexed whole when it is.
      if (!handle) {
        this.index.setHeads(source, null)
        continue
      }
      for (const [id, note] of Object.entries(handle.doc().records)) if (mentions(note, changed)) this.index.putRecord(source, id, noteDocs(note, root))
    }
  }
}
