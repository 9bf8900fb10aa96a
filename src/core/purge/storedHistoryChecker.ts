import type { DocumentId } from '@automerge/automerge-repo'
import type { Scrubber } from '../../shared/purge/scrubValue'
import { EncryptedStorageAdapter } from '../atRest/EncryptedStorageAdapter'
import type { Notebook } from '../notebook/Notebook'
import { notebookPaths } from '../notebook/notebookFiles'
import { FileStorageAdapter } from '../storage/FileStorageAdapter'
import { chunkText } from './chunkText'

/**
 * Whether a document, anywhere in its stored history, holds a purged id or word: a contact's
 * old name, a reference since dropped, words typed then deleted. Its stored chunks are read
 * raw (`chunkText`), without loading it: checking every document of a big notebook this way
 * takes seconds, where loading them all takes minutes. The caller flushes first, so the store
 * has every change. A false hit only costs a rebuild.
 */
export function storedHistoryChecker(notebook: Notebook): (documentId: DocumentId, scrub: Scrubber) => Promise<boolean> {
  const store = new EncryptedStorageAdapter(new FileStorageAdapter(notebookPaths(notebook.dir).store), notebook.files.key)
  return async (documentId, scrub) => {
    for (const kind of ['snapshot', 'incremental']) {
      for (const { data } of await store.loadRange([documentId, kind])) {
        if (!data) continue
        const text = chunkText(data)
        if (scrub.holdsId(text) || scrub.text(text) !== text) return true
      }
    }
    return false
  }
}
