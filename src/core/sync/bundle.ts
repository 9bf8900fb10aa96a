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

/**
 * Merges a bundle into an open notebook: every document is merged with Automerge (never
 * overwritten), so edits made on both sides survive. The file is decrypted, parsed and every
 * document loaded before anything changes; any failure leaves the notebook untouched.
 */
export async function importBundle(notebook: Notebook, bytes: Uint8Array, key: BundleKey): Promise<ImportResult> {
  const { manifest, docs } = decode(openBundle(bytes, key))
  if (manifest.notebookId !== notebook.id || manifest.rootUrl !== notebook.root.url) {
    throw new Error(`This bundle holds the notebook "${manifest.name}", not "${notebook.name}"; nothing was imported`)
  }
  const [root, ...rest] = docs
  let added = 0
  for (const { url, doc } of [root!, ...rest]) {
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
