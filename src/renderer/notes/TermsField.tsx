import { useMemo, useState } from 'react'
import type { NotebookRootDoc } from '../../shared/notebook/schema'
import { listTerms, resolveTerm, type TermKind } from '../../shared/notebook/terms'
import type { NotebookSession } from '../session/NotebookSession'
import { ensureTermNamed } from './noteActions'
import { Chips, Typeahead } from './Typeahead'

const NOUN: Record<TermKind, string> = { problem: 'problem', target: 'target' }

/** Problems raised (several) or the target (one), from the notebook's vocabulary; Enter on a new name adds it. */
export function TermsField({ session, root, kind, ids, single, label, onChange }: { session: NotebookSession; root?: NotebookRootDoc; kind: TermKind; ids: string[]; single?: boolean; label: string; onChange: (ids: string[]) => void }) {
  const [error, setError] = useState('')
  const items = useMemo(() => (root ? listTerms(root, kind) : []), [root, kind])
  const name = (id: string) => (root && resolveTerm(root, id)?.name) || '…'
  const add = (id: string) => onChange(single ? [id] : [...ids, id])
  const create = useMemo(
    () => ({
      label: (text: string) => `New ${NOUN[kind]} “${text}”`,
      run: (text: string) => void ensureTermNamed(session, kind, text).then((id) => (setError(''), add(id)), (e: Error) => setError(e.message)),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [session, kind, ids, single],
  )
  return (
    <div className={`note-field ${kind}`} role="group" aria-label={label}>
      <span className="note-label">{label}</span>
      <Chips ids={ids} testId={`note-${kind}`} name={name} onRemove={(id) => onChange(ids.filter((x) => x !== id))} />
      {(!single || !ids.length) && <Typeahead label={`Add a ${NOUN[kind]}`} placeholder={kind === 'problem' ? 'Mould, rent hike…' : 'Landlord, boss, agency'} items={items} exclude={ids} onPick={(t) => add(t.id)} create={create} onBackspace={() => onChange(ids.slice(0, -1))} />}
      {error && <span className="error-text" role="alert">{error}</span>}
    </div>
  )
}
