import * as A from '@automerge/automerge'
import { createHash } from 'node:crypto'
import { EncryptedStorageAdapter } from '../atRest/EncryptedStorageAdapter'
import { SealedFiles } from '../atRest/SealedFiles'
import { DamageLedger } from '../notebook/DamageLedger'
import { notebookPaths } from '../notebook/notebookFiles'
import { FileStorageAdapter } from '../storage/FileStorageAdapter'
import { Quarantine } from '../storage/Quarantine'
import { readBundle } from '../sync/bundle'
import type { BundleKey } from '../sync/bundleCrypto'
import type { CheckDetails } from './checkNotebook'

export interface BundleRepair {
  /** Documents whose copy from the bundle was merged in. */
  merged: number
  /** Chunks found damaged by this check and set aside first. */
  quarantined: number
}

/**
 * Repairs a notebook from an encrypted bundle of the same notebook without opening it (its root
 * may be what is damaged): the chunks found damaged are moved to the quarantine, then each
 * document that lacks changes gets the bundle's copy stored beside its other chunks as one more
 * snapshot. Loading merges chunks, so nothing on this device is overwritten; the bundle is
 * decrypted and checked before anything is written.
 */
export async function repairFromBundle(details: CheckDetails, bytes: Uint8Array, bundleKey: BundleKey): Promise<BundleRepair> {
  const { meta, key, result, damagedNow } = details
  const { manifest, docs } = readBundle(bytes, bundleKey)
  if (manifest.notebookId !== meta.id || manifest.rootUrl !== meta.rootUrl) {
    throw new Error(`This bundle holds the notebook "${manifest.name}", not this one; nothing was changed`)
  }
  const files = new FileStorageAdapter(notebookPaths(result.dir).store)
  const quarantine = new Quarantine(result.dir)
  for (const chunk of damagedNow) {
    await quarantine.keep(chunk.storageKey, chunk.sealed, chunk.reason)
    await files.remove(chunk.storageKey)
  }
  const wanted = new Set([
    // Every damaged document, even one that looks whole: which is which is unknown while the root is damaged.
    ...result.damage.documents.map((d) => d.documentId),
    ...result.problems.filter((p) => p.problem.startsWith('no data')).map((p) => p.file.slice('store/'.length)),
  ])
  const store = new EncryptedStorageAdapter(files, key)
  const merged: string[] = []
  for (const { url, doc } of docs) {
    const documentId = url.slice('automerge:'.length)
    if (!wanted.has(documentId)) continue
    const saved = A.save(doc)
    await store.save([documentId, 'snapshot', createHash('sha256').update(saved).digest('hex')], saved)
    merged.push(documentId)
  }
  const ledger = await DamageLedger.open(new SealedFiles(key, result.dir))
  ledger.repaired(merged, 'bundle')
  await ledger.flushed()
  return { merged: merged.length, quarantined: damagedNow.length }
}
