import type { Notebook } from '../notebook/Notebook'
import { foldLateEdits } from './mergeContacts'

/**
 * Folds late edits of merged-away contacts forward as they arrive (by sync, or from a window
 * that had the old record open). One at a time, so two arrivals never fold concurrently.
 */
export function watchMerges(notebook: Notebook, onError: (error: Error) => void = (e) => console.error('Folding a merged contact failed:', e.message)): () => void {
  let queue = Promise.resolve()
  const listener = ({ upserts }: { upserts: { id: string; mergedInto: string }[] }) => {
    for (const row of upserts) {
      if (row.mergedInto) queue = queue.then(() => foldLateEdits(notebook, row.id).then(() => undefined, onError))
    }
  }
  notebook.contacts.on('changed', listener)
  return () => notebook.contacts.off('changed', listener)
}
