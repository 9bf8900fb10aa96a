import type { DocHandle } from '@automerge/automerge-repo'
import type { ContactDoc } from '../../shared/contacts/contact'
import type { BaseRecord, RecordKind, ShardDoc } from '../../shared/notebook/schema'
import type { Notebook } from '../notebook/Notebook'

/** Every shard handle of one kind, loaded one at a time (the order the background load uses). */
export async function allShards<R extends BaseRecord>(notebook: Notebook, kind: RecordKind): Promise<DocHandle<ShardDoc<R>>[]> {
  const count = notebook.root.doc().shards[kind].length
  const handles: DocHandle<ShardDoc<R>>[] = []
  for (let shard = 0; shard < count; shard++) handles.push(await notebook.shard<R>(kind, shard))
  return handles
}

/** Every stored record of one kind, as read from the documents right now. */
export async function allRecords<R extends BaseRecord>(notebook: Notebook, kind: RecordKind): Promise<R[]> {
  return (await allShards<R>(notebook, kind)).flatMap((handle) => Object.values(handle.doc().records))
}

export const allContactDocs = (notebook: Notebook): Promise<ContactDoc[]> => allRecords<ContactDoc>(notebook, 'contacts')
