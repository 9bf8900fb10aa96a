import type { NotebookSession } from '../session/NotebookSession'
import { useStore } from './useStore'

const time = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })

export function StatusBar({ session }: { session: NotebookSession }) {
  const save = useStore(session.saves)
  const text =
    save.status === 'saving'
      ? 'Saving…'
      : save.status === 'failed'
        ? `Not saved: ${save.error}`
        : save.at
          ? `All changes saved at ${time(save.at)}`
          : 'All changes saved'
  return (
    <footer className="statusbar">
      <span className="save-state" data-status={save.status} data-testid="save-state" role="status">
        {text}
      </span>
      <span>Stored on this device only · sync is off</span>
    </footer>
  )
}
