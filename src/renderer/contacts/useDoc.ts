import type { DocHandle } from '@automerge/automerge-repo'
import { useCallback, useSyncExternalStore } from 'react'

/**
 * The current value of a document handle, re-rendered on every local or remote change. Read
 * from the handle on each render, so a component given another handle never shows the last
 * one's document for a render (fast entry once lost its focus to that).
 */
export function useDoc<T>(handle: DocHandle<T> | undefined): T | undefined {
  const subscribe = useCallback(
    (notify: () => void) => {
      handle?.on('change', notify)
      return () => void handle?.off('change', notify)
    },
    [handle],
  )
  return useSyncExternalStore(subscribe, () => (handle?.isReady() ? handle.doc() : undefined))
}
