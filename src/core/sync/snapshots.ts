import * as A from '@automerge/automerge'
import { interpretAsDocumentId, type AutomergeUrl, type StorageAdapterInterface } from '@automerge/automerge-repo'
import { MAX_FRAME_BYTES } from '../../shared/sync/frames'
import { snapshotHeader } from '../../shared/sync/frameSchemas'
import { allDocumentUrls } from '../../shared/notebook/rootDoc'
import type { NotebookRootDoc } from '../../shared/notebook/schema'
import type { Notebook } from '../notebook/Notebook'
import type { Authenticated } from './authenticate'

/**
 * The first copy of a notebook to a new device, as whole documents rather than the sync
 * protocol's change-by-change exchange: the seed saves each document (fast), the new device
 * stores the bytes as snapshot chunks without loading them (loading happens when it opens the
 * notebook). Only the root is loaded on arrival, to check every other document belongs to it.
 */
const PART_BYTES = MAX_FRAME_BYTES - 64 * 1024
const MAX_DOCUMENT_BYTES = 64 * PART_BYTES
/** What one member may send a new device in all: far above a real notebook, far below a disk. */
export const MAX_SNAPSHOT_TOTAL_BYTES = 2 * 1024 ** 3
const AUTOMERGE_MAGIC = [0x85, 0x6f, 0x4a, 0x83]

/** Seed side: every document of this notebook (and nothing else), root first. */
export async function sendSnapshots(notebook: Notebook, connection: Authenticated): Promise<void> {
  const urls = [notebook.root.url, ...allDocumentUrls(notebook.root.doc())]
  for (const url of urls) {
    if (connection.channel.closed) return
    const bytes = A.save((await notebook.repo.find(url)).doc() as A.Doc<unknown>)
    if (bytes.byteLength > MAX_DOCUMENT_BYTES) continue // left to the sync protocol
    const parts = Math.max(1, Math.ceil(bytes.byteLength / PART_BYTES))
    for (let part = 0; part < parts; part++) {
      connection.channel.send(
        'snapshot',
        { url, part, parts },
        bytes.subarray(part * PART_BYTES, (part + 1) * PART_BYTES),
      )
    }
  }
  connection.channel.send('snapshot', { done: true })
  connection.channel.end('snapshot sent')
}

/** New-device side: asks one member for snapshots and resolves with every document's bytes. */
export function receiveSnapshots(
  connection: Authenticated,
  maxTotalBytes = MAX_SNAPSHOT_TOTAL_BYTES,
): Promise<Map<AutomergeUrl, Uint8Array>> {
  const { channel } = connection
  const documents = new Map<AutomergeUrl, Uint8Array[]>()
  let total = 0
  return new Promise((resolve, reject) => {
    channel.onClose((reason) => reject(new Error(`The member stopped sending the notebook (${reason})`)))
    const fail = (reason: string) => {
      channel.close(reason)
      reject(new Error(`The member sent a malformed copy (${reason})`))
    }
    channel.setHandler((frame) => {
      if (frame.kind === 'hello') return
      if (frame.kind !== 'snapshot') return fail(`${frame.kind} frame`)
      const header = snapshotHeader.safeParse(frame.header)
      if (!header.success) return fail('bad snapshot header')
      if ('done' in header.data) {
        channel.pause()
        resolve(new Map([...documents].map(([url, parts]) => [url, Buffer.concat(parts)])))
        return channel.close('copy complete')
      }
      const { url, part, parts } = header.data
      const received = documents.get(url as AutomergeUrl) ?? []
      if (part !== received.length || part >= parts) return fail('parts out of order')
      if ((total += frame.body.byteLength) > maxTotalBytes) return fail('more data than a notebook holds')
      documents.set(url as AutomergeUrl, [...received, frame.body])
    })
    channel.send('snapshot-request', {})
  })
}

/** Checks a received copy against its root and stores it; throws before writing anything bad. */
export async function storeSnapshots(
  storage: StorageAdapterInterface,
  rootUrl: AutomergeUrl,
  documents: Map<AutomergeUrl, Uint8Array>,
): Promise<void> {
  const rootBytes = documents.get(rootUrl)
  if (!rootBytes) throw new Error('The copy has no root document')
  let root: A.Doc<NotebookRootDoc>
  try {
    root = A.load<NotebookRootDoc>(rootBytes)
  } catch {
    throw new Error('The copy of the root document is damaged')
  }
  const allowed = new Set<string>([rootUrl, ...allDocumentUrls(root)])
  for (const [url, bytes] of documents) {
    if (!allowed.has(url)) throw new Error('The copy holds a document that is not part of the notebook')
    if (!AUTOMERGE_MAGIC.every((b, i) => bytes[i] === b)) throw new Error('The copy holds a damaged document')
  }
  for (const [url, bytes] of documents) {
    await storage.save([interpretAsDocumentId(url), 'snapshot', 'first-copy'], bytes)
  }
}
