import type { StorageKey } from '@automerge/automerge-repo'
import { FileStorageAdapter } from '../storage/FileStorageAdapter'
import { EncryptedStorageAdapter } from './EncryptedStorageAdapter'
import { sealedWithKey } from './seal'

/**
 * Refuses a key that is not this notebook's, naming a file, before the repo reads or writes
 * anything under it. Any of the store's id, the root's chunks and the sealed name whose header
 * names this key proves it right, so one damaged file is damage (quarantined when loaded),
 * never a "wrong key" that locks the whole notebook.
 */
export async function checkKey(storeDir: string, rootId: string, key: Uint8Array, sealedName?: string): Promise<void> {
  const raw = new FileStorageAdapter(storeDir)
  const probes: StorageKey[][] = [[['storage-adapter-id']], (await raw.loadRange([rootId])).map((chunk) => chunk.key)]
  const witnesses = await Promise.all(probes.flat().map(async (storageKey) => ({ storageKey, bytes: await raw.load(storageKey) })))
  const found = witnesses.filter((w): w is { storageKey: StorageKey; bytes: Uint8Array } => w.bytes !== undefined)
  if (sealedName !== undefined && sealedWithKey(key, Buffer.from(sealedName, 'base64'))) return
  if (found.some(({ bytes }) => sealedWithKey(key, bytes))) return
  // None names this key: opening one says why (another key, or a file in clear), naming it.
  const store = new EncryptedStorageAdapter(raw, key)
  for (const { storageKey } of found) await store.load(storageKey)
}
