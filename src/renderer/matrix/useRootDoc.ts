import type { DocHandle } from '@automerge/automerge-repo'
import { useEffect, useState } from 'react'
import type { NotebookRootDoc } from '../../shared/notebook/schema'
import { useDoc } from '../contacts/useDoc'
import type { NotebookSession } from '../session/NotebookSession'

/** The notebook's root document (terms, slogans, settings), live; undefined until it has arrived. */
export function useRootDoc(session: NotebookSession): NotebookRootDoc | undefined {
  const [handle, setHandle] = useState<DocHandle<NotebookRootDoc>>()
  useEffect(() => {
    let live = true
    void session.root().then((h) => live && setHandle(h))
    return () => {
      live = false
    }
  }, [session])
  return useDoc(handle)
}
