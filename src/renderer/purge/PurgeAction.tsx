import { EyeOff } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { purgeConsequences } from '../../shared/purge/purgeNotice'
import type { PurgeTargetKind } from '../../shared/purge/purgeScope'
import type { NotebookSession } from '../session/NotebookSession'
import { reloadAt } from './reloadAt'

const TITLE: Record<PurgeTargetKind, (name: string) => string> = {
  contact: (name) => `Remove ${name || 'this person'} from our history?`,
  note: () => 'Remove this conversation from our history?',
  quote: () => 'Remove this quote from our history?',
}

/**
 * "Remove from our history": stronger than delete, for a contact's safety or because a person
 * asked to be forgotten. Confirmed after saying plainly what it does and what it cannot reach;
 * then the window reloads at `after`, so no copy of the old documents stays in its memory.
 */
export function PurgeAction({ session, kind, id, name = '', after, compact = false }: { session: NotebookSession; kind: PurgeTargetKind; id: string; name?: string; after: string; compact?: boolean }) {
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const dialog = useRef<HTMLDivElement>(null)
  // It opens at the foot of a long page: bring the whole of what it says into view.
  useEffect(() => {
    if (confirming) dialog.current?.scrollIntoView({ block: 'nearest' })
  }, [confirming])
  const purge = async () => {
    setBusy(true)
    setError(undefined)
    try {
      await session.bridge.purgeFromHistory({ notebookId: session.id, kind, id })
      reloadAt(after)
    } catch (e) {
      setError((e as Error).message)
      setBusy(false)
    }
  }
  return (
    <div className="purge-action">
      {!confirming && (
        <button type="button" className={`btn${compact ? ' compact' : ''}`} onClick={() => setConfirming(true)}>
          <EyeOff size={15} aria-hidden /> Remove from our history…
        </button>
      )}
      {confirming && (
        <div ref={dialog} className="confirm" role="alertdialog" aria-label={TITLE[kind](name)}>
          <p>
            <strong>{TITLE[kind](name)}</strong>
          </p>
          <ul className="purge-consequences">
            {purgeConsequences(kind).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <button type="button" className="btn primary danger" disabled={busy} onClick={() => void purge()}>
            {busy ? 'Removing…' : 'Remove from our history'}
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => setConfirming(false)}>
            Cancel
          </button>
          {error && <p className="error-text" role="alert">{error}</p>}
        </div>
      )}
    </div>
  )
}
