import { Quote } from 'lucide-react'
import { useDeferredValue, useMemo, useState } from 'react'
import { EMPTY_QUOTE_FILTER, queryQuotes, type QuoteFilter } from '../../shared/notes/noteQuery'
import { QUOTE_USES, type QuoteUse } from '../../shared/notes/noteRow'
import { plural } from '../app/plural'
import type { ViewProps } from '../app/views'
import { EmptyState } from '../views/EmptyState'
import { NotesHeader } from './NotesHeader'
import { QuoteItem } from './QuoteItem'
import { USE_LABELS } from './QuotesPanel'
import { useNoteRows } from './useNoteRows'

/** Every quote gathered, objections included, each traceable to its conversation. */
export function QuotesView({ session, param, go }: ViewProps) {
  const { rows, names } = useNoteRows(session)
  const [filter, setFilter] = useState<QuoteFilter>(EMPTY_QUOTE_FILTER)
  const deferred = useDeferredValue(filter)
  const hits = useMemo(() => queryQuotes(rows, deferred), [rows, deferred])
  return (
    <>
      <NotesHeader title="Quotes" param={param} go={go}>
        <input className="input search" type="search" placeholder="Find words in quotes" aria-label="Find quotes" value={filter.text} onChange={(e) => setFilter({ ...filter, text: e.target.value })} />
      </NotesHeader>
      <div className="page-body notes-page">
        <div className="notes-scroll">
          <div className="filter-bar notes-filter">
            <label className="inline-label">
              <input type="checkbox" checked={filter.objectionsOnly} onChange={(e) => setFilter({ ...filter, objectionsOnly: e.target.checked })} /> Objections only
            </label>
            <select className="select compact" aria-label="Use" value={filter.use} onChange={(e) => setFilter({ ...filter, use: e.target.value as QuoteUse | '' })}>
              <option value="">Any use</option>
              {QUOTE_USES.map((u) => <option key={u} value={u}>{USE_LABELS[u]}</option>)}
            </select>
            <span className="muted" data-testid="quote-count">{plural(hits.length, 'quote')}</span>
          </div>
          {hits.length ? (
            <ul className="quote-list">{hits.map((hit) => <QuoteItem key={`${hit.note.id}:${hit.quote.id}`} hit={hit} names={names} go={go} />)}</ul>
          ) : (
            <EmptyState icon={Quote} title={rows.some((r) => r.quotes.length) ? 'No quote matches' : 'No quotes yet'}>
              In a conversation note, select the person’s own words and press Ctrl+' to keep them as a quote, objections included.
            </EmptyState>
          )}
        </div>
      </div>
    </>
  )
}
