import type { AutomergeUrl, DocHandle } from '@automerge/automerge-repo'
import { useEffect, useState } from 'react'
import { str } from '../../shared/notebook/scalar'
import type { BaseRecord, RecordKind, ShardDoc } from '../../shared/notebook/schema'
import type { NotebookSession } from '../session/NotebookSession'

/**
 * Every record of a small kind (places, campaigns, meetings and actions, tasks: a few shards, tens to hundreds of records),
 * read through `read` and kept live as any of its shards changes. `null` until the shards load.
 */
export function useShardRecords<D extends BaseRecord, R>(session: NotebookSession, kind: Extract<RecordKind, 'places' | 'campaigns' | 'meetings' | 'tasks'>, read: (doc: D) => R): R[] | null {
  const [records, setRecords] = useState<R[] | null>(null)
  useEffect(() => {
    let live = true
    let handles: DocHandle<ShardDoc<D>>[] = []
    const refresh = () => {
      if (live) setRecords(handles.flatMap((h) => Object.values(h.doc()?.records ?? {}).map(read)))
    }
    void (async () => {
      const root = (await session.root()).doc()
      const repo = await session.repo
      handles = await Promise.all(root.shards[kind].map((url) => repo.find<ShardDoc<D>>(str(url) as AutomergeUrl)))
      for (const handle of handles) handle.on('change', refresh)
      refresh()
    })()
    return () => {
      live = false
      for (const handle of handles) handle.off('change', refresh)
    }
    // `read` is a plain module function at every call site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session, kind])
  return records
}
