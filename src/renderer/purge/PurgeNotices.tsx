import { purgeNoticeText } from '../../shared/purge/purgeNotice'
import type { NotebookSession } from '../session/NotebookSession'
import { reloadAt } from './reloadAt'
import { usePurgeNotices } from './usePurgeNotices'

const day = (at: number) => new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' })

/**
 * Tells this device's user of purges from history made by a comrade, including while this
 * device was away. A purge that arrives while the window is open reloads it once read, so the
 * old documents leave its memory too.
 */
export function PurgeNotices({ session }: { session: NotebookSession }) {
  const { notices, arrived, setNotices } = usePurgeNotices(session)
  if (!notices.length) return null
  const read = async () => {
    setNotices(await session.bridge.acknowledgePurges({ notebookId: session.id, ids: notices.map((n) => n.id) }))
    if (arrived) reloadAt(location.hash || '#today')
  }
  return (
    <div className="banner purge-notice" role="alert" data-testid="purge-notice">
      {notices.map((notice) => (
        <p key={notice.id}>{purgeNoticeText(notice, day)}</p>
      ))}
      <button type="button" className="btn" onClick={() => void read()}>
        Got it
      </button>
    </div>
  )
}
