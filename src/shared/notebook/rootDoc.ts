import type { AutomergeUrl } from '@automerge/automerge-repo'
import { str } from './scalar'
import type { NotebookRootDoc, RecordKind } from './schema'
import { shardFor } from './sharding'

/** Reading the root document (its values may be stored as scalars or, in old documents, text). */
export function notebookName(root: NotebookRootDoc): string {
  return str(root.name)
}

export function shardUrl(root: NotebookRootDoc, kind: RecordKind, shard: number): AutomergeUrl | undefined {
  const url = root.shards[kind][shard]
  return url === undefined ? undefined : (str(url) as AutomergeUrl)
}

/** The URL of the shard document that holds (or will hold) a record. */
export function shardUrlFor(root: NotebookRootDoc, kind: RecordKind, id: string): AutomergeUrl {
  return shardUrl(root, kind, shardFor(id, root.shards[kind].length))!
}

/** Tolerates a root missing its maps (written before a migration, or by a damaged peer). */
export function allDocumentUrls(root: NotebookRootDoc): AutomergeUrl[] {
  return [...Object.values(root.shards ?? {}).flat(), ...leafletUrls(root)].map((url) => str(url) as AutomergeUrl)
}

export function leafletUrls(root: NotebookRootDoc): AutomergeUrl[] {
  return Object.values(root.leaflets ?? {}).map((url) => str(url) as AutomergeUrl)
}
