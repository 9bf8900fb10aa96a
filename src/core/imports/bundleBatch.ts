import { basename } from 'node:path'
import { newId } from '../../shared/ids'
import type { Notebook } from '../notebook/Notebook'
import { bundleDocs, mergeBundleDocs, openBundleFor, type BundleDocs, type ImportResult } from '../sync/bundle'
import type { BundleKey } from '../sync/bundleCrypto'
import { ImportJournal, whileActive, type ImportBatch } from './ImportJournal'

/**
 * Merges an encrypted bundle into its notebook, journaled like a contacts import: the bundle is
 * opened and checked first (a wrong passphrase or another notebook's bundle writes nothing),
 * then its documents are kept in the journal (sealed) and merged a step at a time, each step
 * marked as it lands. After a crash, `imports finish` merges the rest; merging is idempotent,
 * so nothing is added twice. The kept documents are dropped once the merge is done.
 */
export async function importBundle(notebook: Notebook, bytes: Uint8Array, key: BundleKey, file = 'bundle'): Promise<ImportResult> {
  const { plaintext, docs } = openBundleFor(notebook, bytes, key)
  const journal = new ImportJournal(notebook)
  const batch = await journal.start({ id: newId(), kind: 'bundle', fileName: basename(file), startedAt: Date.now(), total: docs.length, options: {}, placeIds: [] }, Buffer.from(plaintext).toString('base64'))
  return runBundleBatch(notebook, journal, batch, docs)
}

/** The rest of an interrupted bundle import, from the documents its journal kept. */
export async function finishBundle(notebook: Notebook, journal: ImportJournal, batch: ImportBatch): Promise<ImportResult> {
  return runBundleBatch(notebook, journal, batch, bundleDocs(Buffer.from(await journal.source(batch.id), 'base64')))
}

function runBundleBatch(notebook: Notebook, journal: ImportJournal, batch: ImportBatch, docs: BundleDocs): Promise<ImportResult> {
  return whileActive(batch.id, async () => {
    // What landed is stored (the root, which says which documents belong, was in the first step).
    const result = await mergeBundleDocs(notebook, docs, batch.landed, (landed) => journal.save({ ...batch, landed }))
    await journal.save({ ...batch, landed: docs.length, state: 'done' })
    await journal.dropSource(batch.id)
    return result
  })
}
