import { useEffect, useRef, useState } from 'react'
import type { PurgeNotice } from '../../shared/purge/purgeNotice'
import type { NotebookSession } from '../session/NotebookSession'

/** The purges from history not yet read on this device, kept live; `arrived` once one came while the window was open. */
export function usePurgeNotices(session: NotebookSession): { notices: PurgeNotice[]; arrived: boolean; setNotices: (notices: PurgeNotice[]) => void } {
  const [notices, setNotices] = useState<PurgeNotice[]>([])
  const [arrived, setArrived] = useState(false)
  const known = useRef(new Set<string>())
  useEffect(() => {
    let live = true
    const show = (next: PurgeNotice[]) => {
      for (const notice of next) known.current.add(notice.id)
      setNotices(next)
    }
    void session.bridge.purgeNotices({ notebookId: session.id }).then((n) => live && show(n))
    const off = session.bridge.on('purgeNotices', ({ notebookId, notices: next }) => {
      if (notebookId !== session.id) return
      // A purge that reached the notebook while the window was open (not the same notices again, or read elsewhere).
      if (next.some((notice) => !known.current.has(notice.id))) setArrived(true)
      show(next)
    })
    return () => {
      live = false
      off()
    }
  }, [session])
  return { notices, arrived, setNotices }
}
