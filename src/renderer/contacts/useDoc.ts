import type { DocHandle } from '@automerge/automerge-repo'
import { useEffect, useState } from 'react'

/** The current value of a document handle, re-rendered on every local or remote change. */
export function useDoc<T>(handle: DocHandle<T> | undefined): T | undefined {
  const [doc, setDoc] = useState<T | undefined>(() => handle?.doc())
  useEffect(() => {
    if (!handle) return
    setDoc(handle.doc())
    const onChange = () => setDoc(handle.doc())
    handle.on('change', onChange)
    return () => void handle.off('change', onChange)
  }, [handle])
  return doc
}
