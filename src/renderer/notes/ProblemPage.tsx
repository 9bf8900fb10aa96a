import { Tags } from 'lucide-react'
import { useMemo } from 'react'
import { resolveTerm } from '../../shared/notebook/terms'
import { EMPTY_NOTE_FILTER, EMPTY_QUOTE_FILTER, queryNotes, queryQuotes } from '../../shared/notes/noteQuery'
import { plural } from '../app/plural'
import type { ViewProps } from '../app/views'
import { EmptyState } from '../views/EmptyState'
import { NoteCard } from './NoteCard'
import { NotesHeader } from './NotesHeader'
import { QuoteItem } from './QuoteItem'
import { useNoteRows } from './useNoteRows'

/** One problem (merged names resolved to it): the conversations that raised it and what people said. */
export function ProblemPage({ session, param, go }: ViewProps) {
  const { rows, names, root } = useNoteRows(session)
  const term = root ? resolveTerm(root, param.slice('problem/'.length)) : undefined
  const notes = useMemo(() => (term ? queryNotes(rows, { ...EMPTY_NOTE_FILTER, problemId: term.id }, names) : []), [rows, names, term])
  const quotes = useMemo(() => queryQuotes(notes, EMPTY_QUOTE_FILTER), [notes])
  return (
    <>
      <NotesHeader title={term ? `Problem: ${term.name}` : 'Problem'} param={param} go={go} />
      <div className="page-body notes-page">
        <div className="notes-scroll">
          {!root ? null : !term ? (
            <EmptyState icon={Tags} title="No such problem">It may not have synced to this device yet.</EmptyState>
          ) : (
            <>
              <section aria-label="Conversations">
                <h2>{plural(notes.length, 'conversation')}</h2>
                <ul className="note-list">{notes.map((row) => <NoteCard key={row.id} row={row} names={names} go={go} />)}</ul>
              </section>
              <section aria-label="Quotes">
                <h2>{plural(quotes.length, 'quote')}</h2>
                <ul className="quote-list">{quotes.map((hit) => <QuoteItem key={`${hit.note.id}:${hit.quote.id}`} hit={hit} names={names} go={go} />)}</ul>
              </section>
            </>
          )}
        </div>
      </div>
    </>
  )
}
