import type { NoteRow } from '../../shared/notes/noteRow'
import type { NoteNames } from '../../shared/notes/noteQuery'
import type { Go } from '../app/views'
import { formatWhen } from './dates'
import { STANCE_LABELS } from './NoteForm'

/** One conversation in a list: when, where, who, the problems and the start of what was said. */
export function NoteCard({ row, names, go }: { row: NoteRow; names: NoteNames; go: Go }) {
  const where = [names.place(row.placeId), row.unit].filter(Boolean).join(' · ')
  const who = row.contactIds.map(names.contact).filter(Boolean).join(', ')
  const problems = [...new Set(row.problems.map(names.resolve))]
  return (
    <li className="note-item" data-testid="note-item">
      <a href={`#notes/${row.id}`} onClick={(e) => (e.preventDefault(), go('notes', row.id))}>
        <div className="note-item-head">
          <strong>{where || 'No place'}</strong>
          {who && <span>{who}</span>}
          <span className="spacer" />
          {row.stance !== 'unknown' && <span className={`pill stance-${row.stance}`}>{STANCE_LABELS[row.stance] ?? row.stance}</span>}
          <span className="muted">{formatWhen(row.date)}</span>
        </div>
        {problems.length > 0 && <div>{problems.map((p) => <span key={p} className="tag">{names.term(p)}</span>)}</div>}
        <p className="note-preview">{row.preview || <span className="muted">Nothing written yet</span>}</p>
        {row.quotes.length > 0 && <span className="muted">{row.quotes.length === 1 ? '1 quote' : `${row.quotes.length} quotes`}</span>}
      </a>
    </li>
  )
}
