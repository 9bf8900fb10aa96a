import type { NotebookSession } from '../session/NotebookSession'
import { usePurgeNotices } from '../purge/usePurgeNotices'
import { plural } from './plural'
import { useStore } from './useStore'

const time = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })

export function StatusBar({ session }: { session: NotebookSession }) {
  const save = useStore(session.saves)
  const sync = useStore(session.sync)
  const { notices } = usePurgeNotices(session)
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
      <span data-testid="sync-summary">
        {!sync?.enabled
          ? 'Stored on this device only · sync is off'
          : `Sync on · ${plural(sync.peers.length, 'device')} connected${sync.documentsPending ? ` · ${plural(sync.documentsPending, 'document')} to send` : ''}`}
        {notices.length > 0 && ' · A comrade removed something from our history: see the notice'}
      </span>
    </footer>
  )
}
