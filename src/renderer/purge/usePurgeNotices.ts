import { useEffect, useState } from 'react'
import type { PurgeNotice } from '../../shared/purge/purgeNotice'
import type { NotebookSession } from '../session/NotebookSession'

/** The purges from history not yet read on this device, kept live; `arrived` once one came while the window was open. */
export function usePurgeNotices(session: NotebookSession): { notices: PurgeNotice[]; arrived: boolean; setNotices: (notices: PurgeNotice[]) => void } {
  const [notices, setNotices] = useState<PurgeNotice[]>([])
  const [arrived, setArrived] = useState(false)
  useEffect(() => {
    let live = true
    void session.bridge.purgeNotices({ notebookId: session.id }).then((n) => live && setNotices(n))
    const off = session.bridge.on('purgeNotices', ({ notebookId, notices: next }) => {
      if (notebookId !== session.id) return
      setNotices(next)
      setArrived(true)
    })
    return () => {
      live = false
      off()
    }
  }, [session])
  return { notices, arrived, setNotices }
}
