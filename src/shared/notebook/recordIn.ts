import type { BaseRecord, ShardDoc } from './schema'

/** The record with this id in a shard (inside a change, to mutate it); a clear error when it is not there. */
export function recordIn<R extends BaseRecord>(shard: ShardDoc<R>, id: string, noun: string): R {
  const record = shard.records[id]
  if (!record) throw new Error(`No ${noun} ${id} in this shard`)
  return record
}
