import { EventEmitter } from 'node:events'
import { join } from 'node:path'
import { z } from 'zod'
import type { SealedFiles } from '../atRest/SealedFiles'
import { QUARANTINE_DIR } from '../storage/Quarantine'

const ledgerSchema = z.object({
  format: z.literal(1),
  documents: z.record(
    z.string(),
    z.object({
      /** The records the list index held for the document when the damage was found. */
      records: z.array(z.object({ id: z.string(), name: z.string() })),
      /** The heads the indexes had seen for it then: once the document has them again, its lost changes are back. */
      expectedHeads: z.array(z.string()).nullable(),
      /** How its changes came back when there were no heads to check against. */
      repairedBy: z.enum(['bundle', 'peer']).optional(),
      /** When its lost changes were seen back (kept, so a later run need not load it to know). */
      recoveredAt: z.number().optional(),
    }),
  ),
})
export type LedgerEntry = z.infer<typeof ledgerSchema>['documents'][string]

/**
 * What this notebook knew about each document when one of its chunks was quarantined: the
 * records the indexes listed for it (so the user can be told which may lack changes, even
 * after the document reloads without them) and the heads the indexes had seen. Sealed, since
 * it holds names; `<notebook>/quarantine/damage.json`.
 */
export class DamageLedger extends EventEmitter<{ changed: [] }> {
  readonly #documents = new Map<string, LedgerEntry>()
  /** Documents whose chunk was quarantined in this run and whose records are not noted yet. */
  readonly #fresh = new Set<string>()
  #saving: Promise<void> = Promise.resolve()

  private constructor(private readonly files: SealedFiles) {
    super()
  }

  static path(dir: string): string {
    return join(dir, QUARANTINE_DIR, 'damage.json')
  }

  static async open(files: SealedFiles): Promise<DamageLedger> {
    const ledger = new DamageLedger(files)
    try {
      const text = await files.readText(DamageLedger.path(files.root))
      if (text !== undefined) for (const [id, entry] of Object.entries(ledgerSchema.parse(JSON.parse(text)).documents)) ledger.#documents.set(id, entry)
    } catch (error) {
      // Only what was known about damage is lost: the quarantined chunks still list the documents.
      console.error(`Could not read the damage ledger (${(error as Error).message}); starting it again`)
    }
    return ledger
  }

  /** A chunk of this document was just quarantined: its records are noted when it finishes loading. */
  damaged(documentId: string): void {
    if (!this.#documents.has(documentId)) this.#fresh.add(documentId)
    this.emit('changed')
  }

  isFresh(documentId: string): boolean {
    return this.#fresh.has(documentId)
  }

  /** Keeps what the indexes knew of a freshly damaged document (before they are brought in line with what is left of it). */
  note(documentId: string, entry: LedgerEntry): void {
    this.#fresh.delete(documentId)
    this.#documents.set(documentId, entry)
    this.#save()
  }

  entry(documentId: string): LedgerEntry | undefined {
    return this.#documents.get(documentId)
  }

  /** A bundle or a peer brought these documents' changes back. */
  repaired(documentIds: Iterable<string>, by: 'bundle' | 'peer'): void {
    let changed = false
    for (const id of documentIds) {
      const entry = this.#documents.get(id) ?? { records: [], expectedHeads: null }
      if (entry.repairedBy === undefined) {
        this.#fresh.delete(id)
        this.#documents.set(id, { ...entry, repairedBy: by })
        changed = true
      }
    }
    if (changed) this.#save()
  }

  /** The document was seen whole again. */
  recovered(documentId: string, at = Date.now()): void {
    const entry = this.#documents.get(documentId) ?? { records: [], expectedHeads: null }
    if (entry.recoveredAt !== undefined) return
    this.#documents.set(documentId, { ...entry, recoveredAt: at })
    this.#save()
  }

  /** Resolves once every change to the ledger so far is on disk. */
  flushed(): Promise<void> {
    return this.#saving
  }

  #save(): void {
    const body = JSON.stringify({ format: 1, documents: Object.fromEntries(this.#documents) })
    this.#saving = this.#saving
      .catch(() => undefined)
      .then(() => this.files.write(DamageLedger.path(this.files.root), body))
      .catch((error: Error) => console.error(`Could not save the damage ledger: ${error.message}`))
    this.emit('changed')
  }
}
