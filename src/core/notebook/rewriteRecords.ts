import type { BaseRecord, RecordKind } from '../../shared/notebook/schema'
import { allShards } from '../contacts/readAll'
import type { Notebook } from './Notebook'

/**
 * Rewrites every record of a kind that `mentions` picks (one change and one flush per shard that
 * holds any), stamping each with `now`: how a merge points references at its survivor.
 * Returns how many records were rewritten.
 */
export async function rewriteRecords<R extends BaseRecord>(notebook: Notebook, kind: RecordKind, mentions: (record: R) => boolean, fix: (record: R) => void, now: number): Promise<number> {
  let count = 0
  for (const handle of await allShards<R>(notebook, kind)) {
    const touched = Object.values(handle.doc().records).filter(mentions)
    if (!touched.length) continue
    handle.change((doc) => {
      for (const { id } of touched) {
        fix(doc.records[id]!)
        doc.records[id]!.updatedAt = now
      }
    })
    count += touched.length
    await notebook.flush([handle.documentId])
  }
  return count
}
