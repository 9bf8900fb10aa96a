import type { DocHandle } from '@automerge/automerge-repo'
import type { ContactDoc } from '../../shared/contacts/contact'
import type { BaseRecord, RecordKind, ShardDoc } from '../../shared/notebook/schema'
import { DamagedDocumentError } from '../notebook/damagedDocuments'
import type { Notebook } from '../notebook/Notebook'

/**
 * Every readable shard handle of one kind, loaded one at a time (the order the background load
 * uses). A shard that cannot be read (damaged, awaiting repair) is left out: it is reported by
 * `notebook.damage()`, and everything else still reads.
 */
export async function allShards<R extends BaseRecord>(notebook: Notebook, kind: RecordKind): Promise<DocHandle<ShardDoc<R>>[]> {
  const count = notebook.root.doc().shards[kind].length
  const handles: DocHandle<ShardDoc<R>>[] = []
  for (let shard = 0; shard < count; shard++) {
    const handle = await notebook.shard<R>(kind, shard).catch(DamagedDocumentError.skip)
    if (handle) handles.push(handle)
  }
  return handles
}

/** Every stored record of one kind, as read from the documents right now. */
export async function allRecords<R extends BaseRecord>(notebook: Notebook, kind: RecordKind): Promise<R[]> {
  return (await allShards<R>(notebook, kind)).flatMap((handle) => Object.values(handle.doc().records))
}

export const allContactDocs = (notebook: Notebook): Promise<ContactDoc[]> => allRecords<ContactDoc>(notebook, 'contacts')
