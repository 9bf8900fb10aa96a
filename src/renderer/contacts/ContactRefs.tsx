import { useId, useMemo, useState } from 'react'
import type { ContactRow } from '../../shared/contacts/contactRow'
import { useStore } from '../app/useStore'
import type { NotebookSession } from '../session/NotebookSession'

const SUGGESTIONS = 30

/** Links to other contacts (recruited by, knows, family), typed by name and stored as ids. */
export function ContactRefs({ session, label, ids, self, single, onCommit }: { session: NotebookSession; label: string; ids: string[]; self: string; single?: boolean; onCommit: (ids: string[]) => void }) {
  const rows = useStore(session.contacts)
  const id = useId()
  const [draft, setDraft] = useState('')
  const byName = useMemo(() => new Map(rows.filter((r) => !r.mergedInto && r.id !== self).map((r) => [r.name, r])), [rows, self])
  const suggestions = useMemo(() => {
    const q = draft.trim().toLowerCase()
    return q ? [...byName.values()].filter((r) => r.name.toLowerCase().includes(q)).slice(0, SUGGESTIONS) : []
  }, [byName, draft])
  const add = () => {
    const row: ContactRow | undefined = byName.get(draft.trim())
    if (!row) return
    onCommit(single ? [row.id] : [...new Set([...ids, row.id])])
    setDraft('')
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="stack refs">
        {ids.map((ref) => (
          <span key={ref} className="tag">
            {session.contacts.byId(ref)?.name ?? 'someone not in this notebook'}{' '}
            <button className="link" aria-label={`Remove ${session.contacts.byId(ref)?.name ?? ref}`} onClick={() => onCommit(ids.filter((x) => x !== ref))}>×</button>
          </span>
        ))}
        <input id={id} className="input compact" list={`${id}-names`} placeholder="Type a name" value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && add()} onBlur={add} />
        <datalist id={`${id}-names`}>{suggestions.map((r) => <option key={r.id} value={r.name} />)}</datalist>
      </div>
    </div>
  )
}
