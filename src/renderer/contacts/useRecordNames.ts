import { useEffect, useState } from 'react'
import { str } from '../../shared/notebook/scalar'
import type { BaseRecord, RecordKind } from '../../shared/notebook/schema'
import type { NotebookSession } from '../session/NotebookSession'

/** id → display name for a small record kind (places, campaigns), kept live as its shards change. */
export function useRecordNames(session: NotebookSession, kind: Extract<RecordKind, 'places' | 'campaigns'>): Map<string, string> {
  const [names, setNames] = useState(() => new Map<string, string>())
  useEffect(() => {
    let live = true
    const offs: (() => void)[] = []
    void (async () => {
      const root = (await session.root()).doc()
      const repo = await session.repo
      const handles = await Promise.all(root.shards[kind].map((url) => repo.find<{ records: Record<string, BaseRecord & { name?: unknown; address?: unknown }> }>(str(url) as never)))
      const read = () => {
        const next = new Map<string, string>()
        for (const handle of handles) for (const r of Object.values(handle.doc().records)) next.set(r.id, str(r.name as never) || str(r.address as never) || r.id)
        if (live) setNames(next)
      }
      read()
      for (const handle of handles) {
        handle.on('change', read)
        offs.push(() => handle.off('change', read))
      }
    })()
    return () => {
      live = false
      offs.forEach((off) => off())
    }
  }, [session, kind])
  return names
}
