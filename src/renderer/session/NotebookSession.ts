import { Repo, type AutomergeUrl, type DocHandle } from '@automerge/automerge-repo'
import type { Bridge } from '../../shared/bridge/bridgeClient'
import type { ContactDoc } from '../../shared/contacts/contact'
import type { ContactRow } from '../../shared/contacts/contactRow'
import type { NotebookSummary } from '../../shared/contract'
import type { NoteRow } from '../../shared/notes/noteRow'
import type { SyncPanelState } from '../../shared/syncContract'
import type { DamageReport } from '../../shared/damageContract'
import type { BaseRecord, NotebookRootDoc, RecordKind, ShardDoc } from '../../shared/notebook/schema'
import { shardUrlFor } from '../../shared/notebook/rootDoc'
import { uiPeerId } from '../../shared/peers'
import { automergeReady } from '../platform/automergeWasm'
import type { Platform } from '../platform/Platform'
import { RowStore } from './RowStore'
import { SaveTracker } from './SaveTracker'
import { Store } from './Store'

/**
 * One open notebook in this window: a repo peer of the core (no storage of its own: the
 * core is where data lives), the list rows the core's index sends, and save tracking.
 */
export class NotebookSession {
  readonly contacts = new RowStore<ContactRow>()
  /** Conversation note rows (for lists, the matrix, backlinks); empty until `loadNotes` answers. */
  readonly notes = new RowStore<NoteRow>()
  #notesLoaded: Promise<void> | undefined
  /** This notebook's sync: null until the core has answered. */
  readonly sync = new Store<SyncPanelState | null>(null)
  /** Documents a damaged file may have cost changes (the recovery banner); null until the core has answered. */
  readonly damage = new Store<DamageReport | null>(null)
  readonly saves: SaveTracker
  #root: Promise<DocHandle<NotebookRootDoc>> | undefined
  #unsubscribe: () => void
  readonly #startDocuments: () => void

  private constructor(
    readonly summary: NotebookSummary,
    /** Ready once Automerge's WebAssembly is; lists do not wait for it. */
    readonly repo: Promise<Repo>,
    readonly bridge: Bridge,
    startDocuments: () => void,
  ) {
    this.#startDocuments = startDocuments
    this.saves = new SaveTracker(bridge, summary.id)
    const offContacts = bridge.on('contactsChanged', ({ notebookId, upserts, removed }) => {
      if (notebookId === summary.id) this.contacts.apply(upserts, removed)
    })
    const offNotes = bridge.on('notesChanged', ({ notebookId, upserts, removed }) => {
      if (notebookId === summary.id) this.notes.apply(upserts, removed)
    })
    const offSync = bridge.on('syncChanged', ({ notebookId, state }) => {
      if (notebookId === summary.id) this.sync.set(state)
    })
    const offDamage = bridge.on('damageChanged', ({ notebookId, report }) => {
      if (notebookId === summary.id) this.damage.set(report)
    })
    this.#unsubscribe = () => (offContacts(), offNotes(), offSync(), offDamage())
    void bridge.syncState({ notebookId: summary.id }).then((state) => this.sync.get() ?? this.sync.set(state))
    void bridge.notebookDamage({ notebookId: summary.id }).then((report) => this.damage.get() ?? this.damage.set(report))
  }

  static async open(platform: Platform, summary: NotebookSummary): Promise<NotebookSession> {
    // The first screen needs only the core's rows: Automerge's WebAssembly and document sync
    // start once the app has painted them (`startDocuments`), so they never compete with it.
    let start!: () => void
    const started = new Promise<void>((resolve) => (start = resolve))
    const repo = started
      .then(() => Promise.all([platform.syncAdapter(summary.id), automergeReady()]))
      .then(([adapter]) => new Repo({ network: [adapter], peerId: uiPeerId(), isEphemeral: true }))
    const session = new NotebookSession(summary, repo, platform.bridge, start)
    session.contacts.reset(await platform.bridge.listContacts({ notebookId: summary.id }))
    performance.mark('massline:rows')
    return session
  }

  /** Starts Automerge and document sync; the app calls it after its first paint (calling again does nothing). */
  startDocuments(): void {
    this.#startDocuments()
  }

  /** Fetches the note rows once; views that need them call it (the first screen never waits for notes). */
  loadNotes(): Promise<void> {
    this.#notesLoaded ??= this.bridge.listNotes({ notebookId: this.id }).then((rows) => {
      // Deltas that arrived while the list was on its way are newer than it.
      const early = this.notes.get()
      this.notes.reset(rows)
      if (early.length) this.notes.apply(early, [])
    })
    return this.#notesLoaded
  }

  get id(): string {
    return this.summary.id
  }

  root(): Promise<DocHandle<NotebookRootDoc>> {
    this.#root ??= this.repo.then((repo) => repo.find<NotebookRootDoc>(this.summary.rootUrl as AutomergeUrl))
    return this.#root
  }

  async shardOf<R extends BaseRecord>(kind: RecordKind, id: string): Promise<DocHandle<ShardDoc<R>>> {
    const root = (await this.root()).doc()
    return (await this.repo).find(shardUrlFor(root, kind, id))
  }

  contactShard(id: string): Promise<DocHandle<ShardDoc<ContactDoc>>> {
    return this.shardOf<ContactDoc>('contacts', id)
  }

  /** Changes a document and tracks the change until the core has stored it. */
  change<T>(handle: DocHandle<T>, mutate: (doc: T) => void): void {
    handle.change(mutate)
    this.saves.track(handle as DocHandle<unknown>)
  }

  close(): void {
    this.#unsubscribe()
    this.saves.stop()
    void this.repo.then((repo) => repo.shutdown())
  }
}
