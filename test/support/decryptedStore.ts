import { join } from 'node:path'
import * as A from '@automerge/automerge'
import { EncryptedStorageAdapter } from '../../src/core/atRest/EncryptedStorageAdapter'
import { FileStorageAdapter } from '../../src/core/storage/FileStorageAdapter'

/**
 * Where words still stand in a notebook's store, read the way an attacker holding the key
 * would: every chunk decrypted and searched as bytes, and every document loaded and searched
 * in its current state and its whole history (op values in order, so text typed a character
 * at a time reads as words). Returns "document id: word" findings.
 */
export async function storeFindings(notebookDir: string, key: Uint8Array, words: readonly string[]): Promise<string[]> {
  const store = new EncryptedStorageAdapter(new FileStorageAdapter(join(notebookDir, 'store')), key)
  const chunks = await store.loadRange([])
  const findings = new Set<string>()
  const look = (where: string, text: string): void => {
    const folded = text.toLowerCase()
    for (const word of words) if (folded.includes(word.toLowerCase())) findings.add(`${where}: ${word}`)
  }
  const byDoc = new Map<string, Uint8Array[]>()
  for (const { key: chunkKey, data } of chunks) {
    if (!data) continue
    look(chunkKey.join('/'), Buffer.from(data).toString('latin1'))
    if (chunkKey[1] === 'snapshot' || chunkKey[1] === 'incremental') byDoc.set(chunkKey[0]!, [...(byDoc.get(chunkKey[0]!) ?? []), data])
  }
  for (const [docId, parts] of byDoc) {
    let doc = A.init<unknown>()
    for (const part of parts) doc = A.loadIncremental(doc, part)
    look(docId, JSON.stringify(doc))
    const history = A.getAllChanges(doc).flatMap((change) => A.decodeChange(change).ops.map((op) => `${typeof op.key === 'string' ? op.key : ''}${String((op as { value?: unknown }).value ?? '')}`))
    look(`${docId} history`, history.join(''))
  }
  return [...findings].sort()
}
