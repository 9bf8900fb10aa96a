import { listPurges } from '../../shared/purge/purgeLog'
import type { PurgeNotice } from '../../shared/purge/purgeNotice'
import type { Notebook } from '../notebook/Notebook'
import { pendingPurgeNotices } from './purgeNotices'

/**
 * Tells `tell` the purge notices this device's user has not read: once the purges known at open
 * have been carried out, and whenever a purge reaches the notebook (from a comrade, on sync) —
 * at once, and again when its old documents are gone, with what became of this device's edits.
 * Returns a stop function.
 */
export function watchPurgeNotices(notebook: Notebook, tell: (notices: PurgeNotice[]) => void): () => void {
  const report = (): void => {
    void pendingPurgeNotices(notebook)
      .then(tell)
      .catch((e: Error) => console.error(`Purge notice failed: ${e.message}`))
  }
  let count = listPurges(notebook.root.doc()).length
  const onChange = ({ doc }: { doc: object }): void => {
    const now = listPurges(doc).length
    if (now === count) return
    count = now
    report()
    void notebook.retirements().then(report)
  }
  void notebook.retirements().then(report)
  notebook.root.on('change', onChange)
  return () => notebook.root.off('change', onChange)
}
