import { useState } from 'react'
import { stillDamaged, type DamagedDocument } from '../../shared/damageContract'
import type { NotebookSession } from '../session/NotebookSession'
import { plural } from './plural'
import { useStore } from './useStore'

const SHOWN_NAMES = 12

function DamagedItem({ doc }: { doc: DamagedDocument }) {
  const names = doc.records.slice(0, SHOWN_NAMES).map((r) => r.name || r.id)
  const more = doc.records.length - names.length
  return (
    <li data-testid="damaged-document">
      <strong>{doc.label}</strong>
      {doc.unreadable ? ' cannot be read until it is repaired' : ' may lack recent changes'}
      {doc.records.length > 0 && (
        <>
          {`: ${plural(doc.records.length, 'record')} (`}
          {names.join(', ')}
          {more > 0 ? ` and ${more} more` : ''})
        </>
      )}
      <div className="damage-files">{doc.files.map((f) => `${f.from} → ${f.kept ?? 'left in place'}`).join(' · ')}</div>
    </li>
  )
}

/**
 * The recovery screen for a damaged file: which documents, and so which records, may lack
 * changes, where the damaged bytes were kept, and how to get the changes back. It stays
 * until a bundle or a peer has made every document whole.
 */
export function DamageBanner({ session, onSync }: { session: NotebookSession; onSync: () => void }) {
  const report = useStore(session.damage)
  const [open, setOpen] = useState(false)
  const lacking = report ? stillDamaged(report) : []
  if (!lacking.length) return null
  const records = lacking.reduce((sum, d) => sum + d.records.length, 0)
  return (
    <section className="damage-banner" role="alert" aria-label="Damaged file">
      <div className="damage-summary">
        <span>
          A damaged file was set aside: {lacking.map((d) => d.label).join(', ')}
          {records ? ` (${plural(records, 'record')})` : ''} may lack changes. Everything else is intact.
        </span>
        <button className="btn" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open ? 'Hide details' : 'Details'}
        </button>
        <button className="btn" onClick={onSync}>
          Fetch from comrades (sync)
        </button>
      </div>
      {open && (
        <div className="damage-details">
          <ul>
            {lacking.map((doc) => (
              <DamagedItem key={doc.documentId} doc={doc} />
            ))}
          </ul>
          <p>{report!.advice}</p>
        </div>
      )}
    </section>
  )
}
