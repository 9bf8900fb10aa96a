import * as A from '@automerge/automerge'
import type { AutomergeUrl, DocumentId } from '@automerge/automerge-repo'
import { z } from 'zod'
import { allDocumentUrls } from '../../shared/notebook/rootDoc'
import type { Notebook } from '../notebook/Notebook'
import { openBundle, sealBundle, type BundleKey, type KdfCost } from './bundleCrypto'

const manifestSchema = z.object({
  notebookId: z.string(),
  name: z.string(),
  rootUrl: z.string().startsWith('automerge:'),
  exportedAt: z.number(),
  documents: z.array(
    z.object({
      url: z.string().startsWith('automerge:'),
      bytes: z.number().int().nonnegative(),
    }),
  ),
})
type Manifest = z.infer<typeof manifestSchema>

function allUrls(notebook: Notebook): AutomergeUrl[] {
  return [notebook.root.url, ...allDocumentUrls(notebook.root.doc())]
}

/** The whole notebook (every document's full history) as one encrypted file. */
export async function exportBundle(notebook: Notebook, key: BundleKey, cost?: KdfCost): Promise<Uint8Array> {
  const documents: Array<{ url: AutomergeUrl; data: Uint8Array }> = []
  for (const url of allUrls(notebook)) {
    const handle = await notebook.repo.find(url)
    documents.push({ url, data: A.save(handle.doc()) })
  }
  const manifest: Manifest = {
    notebookId: notebook.id,
    name: notebook.name,
    rootUrl: notebook.root.url,
    exportedAt: Date.now(),
    documents: documents.map((d) => ({ url: d.url, bytes: d.data.byteLength })),
  }
  const json = Buffer.from(JSON.stringify(manifest))
  const length = Buffer.alloc(4)
  length.writeUInt32BE(json.byteLength)
  return sealBundle(Buffer.concat([length, json, ...documents.map((d) => d.data)]), key, cost)
}

export interface ImportResult {
  documents: number
  /** Documents the bundle brought that this device did not have at all (new leaflets). */
  added: number
}

export type BundleDocs = ReturnType<typeof decode>['docs']

/** A bundle opened and checked to be of this notebook (nothing is merged yet). */
export function openBundleFor(notebook: Notebook, bytes: Uint8Array, key: BundleKey): { plaintext: Uint8Array; docs: BundleDocs } {
  const plaintext = openBundle(bytes, key)
  const { manifest, docs } = decode(plaintext)
  if (manifest.notebookId !== notebook.id || manifest.rootUrl !== notebook.root.url) {
    throw new Error(`This bundle holds the notebook "${manifest.name}", not "${notebook.name}"; nothing was imported`)
  }
  return { plaintext, docs }
}

/** The documents of an opened bundle again (a journaled import kept them to finish it). */
export function bundleDocs(plaintext: Uint8Array): BundleDocs {
  return decode(plaintext).docs
}

/** Documents merged (and flushed) at a time: each step is durable before the next starts. */
const STEP = 16

/**
 * Merges a bundle's documents into an open notebook, from `from` on: every document is merged
 * with Automerge (never overwritten), so edits made on both sides survive and merging one again
 * adds nothing. The root comes first (it lists the rest). `onLanded` hears how many are stored.
 */
export async function mergeBundleDocs(notebook: Notebook, docs: BundleDocs, from = 0, onLanded?: (landed: number) => Promise<void>): Promise<ImportResult> {
  let added = 0
  for (let at = from; at < docs.length; at += STEP) {
    const step = docs.slice(at, at + STEP)
    for (const { url, doc } of step) {
      const documentId = url.slice('automerge:'.length) as DocumentId
      if (!notebook.belongs(documentId)) continue // not listed by the (merged) root: foreign, skipped
      const handle = await notebook.repo.find<unknown>(url, {
        allowableStates: ['ready', 'unavailable'],
      })
      if (handle.isReady()) handle.update((current) => A.merge(current, doc as A.Doc<unknown>))
      else {
        notebook.repo.import(A.save(doc), { docId: documentId })
        added++
      }
    }
    await notebook.flush()
    await onLanded?.(Math.min(at + STEP, docs.length))
  }
  // A damaged document had its lost changes merged back, as far as the bundle held them.
  notebook.damageLedger.repaired(docs.map(({ url }) => url.slice('automerge:'.length)).filter((id) => notebook.damageLedger.entry(id) || notebook.damageLedger.isFresh(id)), 'bundle')
  return { documents: docs.length, added }
}

/** A bundle's manifest and documents, decrypted and loaded (nothing is merged): for a repair that cannot open the notebook. */
export function readBundle(bytes: Uint8Array, key: BundleKey): ReturnType<typeof decode> {
  return decode(openBundle(bytes, key))
}

function decode(plaintext: Uint8Array): {
  manifest: Manifest
  docs: Array<{ url: AutomergeUrl; doc: A.Doc<unknown> }>
} {
  const damaged = new Error('The bundle decrypted but its contents are malformed; nothing was imported')
  try {
    const view = Buffer.from(plaintext.buffer, plaintext.byteOffset, plaintext.byteLength)
    const length = view.readUInt32BE(0)
    const manifest = manifestSchema.parse(JSON.parse(view.subarray(4, 4 + length).toString('utf8')))
    if (manifest.documents[0]?.url !== manifest.rootUrl) throw damaged
    let at = 4 + length
    const docs = manifest.documents.map(({ url, bytes }) => {
      if (at + bytes > view.byteLength) throw damaged
      const doc = A.load<unknown>(view.subarray(at, (at += bytes)))
      return { url: url as AutomergeUrl, doc }
    })
    if (at !== view.byteLength) throw damaged
    return { manifest, docs }
  } catch {
    throw damaged
  }
}
