import type { BaseRecord, RecordKind, ShardDoc } from '../../shared/notebook/schema'
import type { NotebookSession } from '../session/NotebookSession'

export type RecordMutation<D extends BaseRecord> = (shard: ShardDoc<D>, id: string, now: number) => void

/** Changes one record in its shard; a refused change (bad input) writes nothing and comes back as its message. */
export async function editRecord<D extends BaseRecord>(session: NotebookSession, kind: RecordKind, id: string, mutate: RecordMutation<D>): Promise<string | null> {
  const handle = await session.shardOf<D>(kind, id)
  try {
    session.change(handle, (doc) => mutate(doc, id, Date.now()))
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}
