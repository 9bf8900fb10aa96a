import { listPurges } from '../../shared/purge/purgeLog'
import { PURGE_LIMITS, purgeLine } from '../../shared/purge/purgeNotice'
import { PurgeNotices } from '../purge/PurgeNotices'
import { usePurgeNotices } from '../purge/usePurgeNotices'
import type { NotebookSession } from '../session/NotebookSession'
import { useRoot } from '../session/useRoot'

/**
 * The purges from history this notebook has been through, every member sees the same; one
 * this device's user has not read yet (a comrade made it while this device was away) is told
 * here in full, with what became of the edits made on this device meanwhile.
 */
export function PurgeHistoryPanel({ session }: { session: NotebookSession }) {
  const { root } = useRoot(session)
  const { notices } = usePurgeNotices(session)
  const purges = root ? listPurges(root) : []
  if (!purges.length) return null
  return (
    <section className="card" aria-label="Removed from history">
      <h2>Removed from history</h2>
      <PurgeNotices session={session} />
      <ol className="membership-log">
        {[...purges].reverse().map((p) => (
          <li key={p.id}>
            <time className="muted" dateTime={new Date(p.at).toISOString()}>{new Date(p.at).toLocaleString()}</time> {purgeLine(p.kind, p.documents.length)}
          </li>
        ))}
      </ol>
      {/* An unread notice says it already. */}
      {!notices.length && <p className="muted">{PURGE_LIMITS}</p>}
    </section>
  )
}
