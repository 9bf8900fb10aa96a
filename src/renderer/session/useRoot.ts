import type { DocHandle } from '@automerge/automerge-repo'
import { useEffect, useState } from 'react'
import type { NotebookRootDoc } from '../../shared/notebook/schema'
import { useDoc } from '../contacts/useDoc'
import type { NotebookSession } from './NotebookSession'

/** The notebook's root document (terms, slogans, leaflets, settings) and its handle, live; undefined until it arrives. */
export function useRoot(session: NotebookSession): { handle?: DocHandle<NotebookRootDoc>; root?: NotebookRootDoc } {
  const [handle, setHandle] = useState<DocHandle<NotebookRootDoc>>()
  useEffect(() => {
    let live = true
    void session.root().then((h) => live && setHandle(h))
    return () => {
      live = false
    }
  }, [session])
  return { handle, root: useDoc(handle) }
}
