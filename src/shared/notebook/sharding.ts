/**
 * Which shard a record lives in: FNV-1a of its id, modulo the shard count. Stable across
 * peers and runs, so every device puts a record in the same document.
 */
export function shardFor(id: string, shardCount: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0) % shardCount
}
