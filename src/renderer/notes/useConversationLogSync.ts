import { useCallback, useEffect, useMemo, useRef } from 'react'
import { strs } from '../../shared/notebook/scalar'
import type { NotebookSession } from '../session/NotebookSession'
import { syncConversationLogs, type NoteHandle } from './noteActions'

const TYPING_PAUSE_MS = 600

/**
 * Keeps the people's logs in step with a note: at once when who or when changes, and after a
 * pause in typing for the follow-up's words (a change per person per keystroke otherwise). A
 * write still pending when the form goes away is made then, so Ctrl+Enter straight after typing
 * loses nothing.
 */
export function useConversationLogSync(session: NotebookSession, handle: NoteHandle, id: string) {
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null)
  const write = useCallback((before?: readonly string[]) => void syncConversationLogs(session, handle, id, before ?? strs(handle.doc().records[id]?.contactIds)), [session, handle, id])
  const logs = useMemo(() => {
    const cancel = () => {
      if (pending.current !== null) clearTimeout(pending.current)
      pending.current = null
    }
    return {
      /** After a change of who was spoken to (`before`: who was on the note until now) or when. */
      now: (before: readonly string[]) => (cancel(), write(before)),
      /** After a keystroke in the follow-up's words. */
      soon: () => {
        cancel()
        pending.current = setTimeout(() => ((pending.current = null), write()), TYPING_PAUSE_MS)
      },
      /** Makes a write still waiting for the pause. */
      flush: () => pending.current !== null && (cancel(), write()),
    }
  }, [write])
  useEffect(() => () => void logs.flush(), [logs])
  return logs
}
