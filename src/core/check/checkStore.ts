import * as A from '@automerge/automerge'
import type { Chunk, StorageKey } from '@automerge/automerge-repo'
import { labelOf } from '../atRest/EncryptedStorageAdapter'
import { unseal } from '../atRest/seal'
import { reasonOf } from '../storage/Quarantine'
import { chunkDocument, type DocState } from '../notebook/damageReport'

export interface DamagedChunk {
  storageKey: StorageKey
  from: string
  reason: string
  /** The bytes as found (still sealed), to set aside on repair. */
  sealed: Uint8Array
}

export interface StoreScan {
  chunks: number
  damaged: DamagedChunk[]
  /** Every document with at least one readable chunk, as it loads now. */
  documents: Map<string, DocState>
  /** The root, if it loads. */
  root: A.Doc<unknown> | undefined
}

/**
 * Opens every chunk of a store (its seal, then as Automerge) and loads each document from the
 * chunks that open, one document at a time (freed after), without writing anything.
 */
export function scanStore(
  /** The store's chunks as on disk (`FileStorageAdapter.loadRange`). */
  all: Chunk[],
  key: Uint8Array,
  rootId: string,
  /** Heads a document should have (what the indexes last saw of a damaged one), checked while it is loaded. */
  expected: (documentId: string) => string[] | null | undefined,
): StoreScan {
  const damaged: DamagedChunk[] = []
  const byDocument = new Map<string, Uint8Array[]>()
  for (const { key: storageKey, data } of all) {
    if (!data) continue
    const from = ['store', ...storageKey].join('/')
    let plain: Uint8Array
    try {
      plain = unseal(key, data, labelOf(storageKey), from)
    } catch (error) {
      damaged.push({ storageKey, from, reason: reasonOf(error as Error), sealed: data })
      continue
    }
    const documentId = chunkDocument(storageKey)
    if (documentId) byDocument.set(documentId, [...(byDocument.get(documentId) ?? []), plain])
    else if (storageKey[1] === 'sync-state' && !decodes(() => A.decodeSyncState(plain))) damaged.push({ storageKey, from, reason: 'it is not a sync state', sealed: data })
  }
  const documents = new Map<string, DocState>()
  let root: A.Doc<unknown> | undefined
  for (const [documentId, chunks] of byDocument) {
    const doc = loaded(Buffer.concat(chunks), documentId === rootId)
    if (!doc) {
      // Sealed and opened, yet not Automerge: written so by a faulty build; named chunk by chunk.
      damaged.push(...notAutomerge(all, documentId, key))
      continue
    }
    const backend = A.getBackend(doc)
    const wanted = expected(documentId)
    const hasWanted = wanted ? backend.getMissingDeps(wanted).length === 0 : false
    documents.set(documentId, { heads: backend.getHeads(), missingDeps: backend.getMissingDeps([]).length, has: () => hasWanted })
    if (documentId === rootId) root = doc
    else A.free(doc)
  }
  return { chunks: all.length, damaged, documents, root }
}

function decodes(read: () => unknown): boolean {
  return errorOf(read) === undefined
}

function errorOf(read: () => unknown): string | undefined {
  try {
    read()
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}

/**
 * A document from its chunks, or undefined if they do not load. Loading checks every change's hash;
 * only the root is built as a JS object (it says which document is which), the rest stay in the
 * backend, which is most of what makes check fast.
 */
function loaded(bytes: Uint8Array, materialize: boolean): A.Doc<unknown> | undefined {
  const doc = A.init<unknown>()
  try {
    if (materialize) return A.loadIncremental(doc, bytes)
    A.getBackend(doc).loadIncremental(bytes)
    return doc
  } catch {
    A.free(doc)
    return undefined
  }
}

function notAutomerge(all: Chunk[], documentId: string, key: Uint8Array): DamagedChunk[] {
  return all
    .filter((c) => chunkDocument(c.key) === documentId && c.data)
    .map((c) => ({ c, error: errorOf(() => A.getBackend(A.init()).loadIncremental(unseal(key, c.data!, labelOf(c.key)))) }))
    .filter(({ error }) => error !== undefined)
    .map(({ c, error }) => ({ storageKey: c.key, from: ['store', ...c.key].join('/'), reason: `it does not load as Automerge (${error})`, sealed: c.data! }))
}
