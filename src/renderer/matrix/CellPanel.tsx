import { X } from 'lucide-react'
import { useState } from 'react'
import type { MatrixCell } from '../../shared/notes/matrix'
import type { NoteRow, QuoteRow } from '../../shared/notes/noteRow'
import type { Go } from '../app/views'
import { plural } from '../app/plural'
import { formatDay } from '../contacts/formatDate'
import { percent, type AxisNames } from './labels'

const FIRST = 25

const USE_LABEL: Record<QuoteRow['use'], string> = { public: 'Public', anonymous: 'Anonymous', private: 'Private' }

interface Props {
  cell: MatrixCell
  notes: Map<string, NoteRow>
  names: AxisNames
  places: Map<string, string>
  go: Go
  onClose: () => void
}

/** Everything behind one cell: the people's words first, then the conversations, each a way back to its note. */
export function CellPanel({ cell, notes, names, places, go, onClose }: Props) {
  const [allQuotes, setAllQuotes] = useState(false)
  const [allNotes, setAllNotes] = useState(false)
  const quotes = cell.quoteRefs.flatMap((ref) => {
    const quote = notes.get(ref.noteId)?.quotes.find((q) => q.id === ref.quoteId)
    return quote ? [{ noteId: ref.noteId, quote }] : []
  })
  const conversations = cell.noteIds.flatMap((id) => notes.get(id) ?? [])
  const shownQuotes = allQuotes ? quotes : quotes.slice(0, FIRST)
  const shownNotes = allNotes ? conversations : conversations.slice(0, FIRST)
  return (
    <aside className="detail-pane matrix-panel" aria-label="Cell">
      <div className="mx-panel-head">
        <h2>
          {names.problem(cell.problem)} <span className="muted">×</span> {names.target(cell.target)}
        </h2>
        <button type="button" className="btn small" onClick={() => go('campaigns', `choose/${cell.problem}/${cell.target}`)}>
          Judge this fight
        </button>
        <button type="button" className="btn small subtle" aria-label="Close" onClick={onClose}>
          <X size={16} />
        </button>
      </div>
      <dl className="stats">
        <div>
          <dt>Conversations</dt>
          <dd>{cell.conversations.toLocaleString()}</dd>
        </div>
        <div>
          <dt>People</dt>
          <dd>{cell.people.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Objections</dt>
          <dd title={`${cell.objections} of ${plural(cell.quotes, 'quote')}`}>{percent(cell.objectionShare)}</dd>
        </div>
      </dl>

      <h3>What people said ({quotes.length.toLocaleString()})</h3>
      {quotes.length === 0 && <p className="muted">No quotes were marked in these conversations.</p>}
      <ul className="matrix-quotes" aria-label="Quotes">
        {shownQuotes.map(({ noteId, quote }) => (
          <li key={quote.id} data-objection={quote.isObjection || undefined}>
            <button type="button" className="mx-quote" onClick={() => go('notes', noteId)} title="Open the conversation">
              “{quote.text}”
            </button>
            <div className="mx-quote-meta">
              <span>{quote.attribution || (quote.use === 'private' ? 'kept in the notebook' : 'unnamed')}</span>
              <span className={`tag mx-use-${quote.use}`}>{USE_LABEL[quote.use]}</span>
              {quote.isObjection && <span className="tag mx-objection">Objection</span>}
            </div>
          </li>
        ))}
      </ul>
      {!allQuotes && quotes.length > FIRST && (
        <button type="button" className="btn small" onClick={() => setAllQuotes(true)}>
          Show all {quotes.length.toLocaleString()} quotes
        </button>
      )}

      <h3>Conversations ({conversations.length.toLocaleString()})</h3>
      <ul className="matrix-notes" aria-label="Conversations">
        {shownNotes.map((note) => (
          <li key={note.id}>
            <button type="button" className="mx-note" onClick={() => go('notes', note.id)}>
              <span className="mx-note-when">
                {formatDay(note.date)} · {places.get(note.placeId) ?? 'No place'}
                {note.unit && ` ${note.unit}`} · {note.stance}
              </span>
              <span className="mx-note-preview">{note.preview.slice(0, 160) || 'No notes typed'}</span>
            </button>
          </li>
        ))}
      </ul>
      {!allNotes && conversations.length > FIRST && (
        <button type="button" className="btn small" onClick={() => setAllNotes(true)}>
          Show all {conversations.length.toLocaleString()} conversations
        </button>
      )}
    </aside>
  )
}
