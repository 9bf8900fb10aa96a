import { Tags } from 'lucide-react'
import { useMemo, useState } from 'react'
import { listTerms, mergeTerms, renameTerm, type Term } from '../../shared/notebook/terms'
import { problemCounts } from '../../shared/notes/noteQuery'
import type { ViewProps } from '../app/views'
import { EmptyState } from '../views/EmptyState'
import { NotesHeader } from './NotesHeader'
import { useNoteRows } from './useNoteRows'
import { useRoot } from '../session/useRoot'

/** The problems people raise, notebook-wide, with how many conversations raised each; rename and merge. */
export function ProblemsView({ session, param, go }: ViewProps) {
  const { rows, names, root } = useNoteRows(session)
  const { handle } = useRoot(session)
  const counts = useMemo(() => problemCounts(rows, names.resolve), [rows, names])
  const problems = useMemo(() => (root ? listTerms(root, 'problem') : []).sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name)), [root, counts])
  const [error, setError] = useState('')
  const change = (mutate: Parameters<NonNullable<typeof handle>['change']>[0]) => {
    if (!handle) return
    try {
      session.change(handle, mutate)
      setError('')
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <>
      <NotesHeader title="Problems" param={param} go={go} />
      <div className="page-body notes-page">
        <div className="notes-scroll">
          {error && <p className="error-text" role="alert">{error}</p>}
          {problems.length ? (
            <ul className="problem-list">
              {problems.map((p) => (
                <ProblemRow key={p.id} problem={p} count={counts.get(p.id) ?? 0} others={problems.filter((o) => o.id !== p.id)} open={() => go('notes', `problem/${p.id}`)} rename={(name) => change((d) => renameTerm(d, p.id, name))} mergeInto={(keep) => change((d) => mergeTerms(d, keep, [p.id]))} />
              ))}
            </ul>
          ) : (
            <EmptyState icon={Tags} title="No problems yet">Problems are added as you type them in conversation notes: in the Problems field, or with # in the text.</EmptyState>
          )}
        </div>
      </div>
    </>
  )
}

function ProblemRow({ problem, count, others, open, rename, mergeInto }: { problem: Term; count: number; others: Term[]; open: () => void; rename: (name: string) => void; mergeInto: (keepId: string) => void }) {
  const [name, setName] = useState<string | null>(null)
  const save = () => {
    if (name?.trim()) rename(name)
    setName(null)
  }
  return (
    <li className="problem-row" data-testid="problem-row">
      {name === null ? (
        <a href={`#notes/problem/${problem.id}`} onClick={(e) => (e.preventDefault(), open())}>{problem.name}</a>
      ) : (
        <input className="input compact" autoFocus aria-label={`New name for ${problem.name}`} value={name} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => {
          if (e.key === 'Enter') save()
          if (e.key === 'Escape') setName(null)
        }} />
      )}
      <span className="muted" data-testid="problem-count">{count === 1 ? '1 conversation' : `${count} conversations`}</span>
      <span className="spacer" />
      <button className="btn compact" onClick={() => (name === null ? setName(problem.name) : save())}>{name === null ? 'Rename' : 'Save name'}</button>
      <select className="select compact" aria-label={`Merge ${problem.name} into`} value="" onChange={(e) => e.target.value && mergeInto(e.target.value)}>
        <option value="">Merge into…</option>
        {others.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
      </select>
    </li>
  )
}
