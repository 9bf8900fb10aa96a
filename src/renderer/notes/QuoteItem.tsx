import type { QuoteHit } from '../../shared/notes/noteQuery'
import type { NoteNames } from '../../shared/notes/noteQuery'
import type { Go } from '../app/views'
import { formatWhen } from './dates'
import { USE_LABELS } from './QuotesPanel'

/** A quote, who said it and how it may be used, linked back to its conversation. */
export function QuoteItem({ hit: { quote, note }, names, go }: { hit: QuoteHit; names: NoteNames; go: Go }) {
  const speaker = quote.contactId ? names.contact(quote.contactId) : ''
  const where = [names.place(note.placeId), note.unit].filter(Boolean).join(' · ')
  return (
    <li className={`quote-item${quote.isObjection ? ' objection' : ''}`} data-testid="quote-item">
      <blockquote>“{quote.text}”</blockquote>
      <div className="quote-meta">
        <span>— {quote.attribution || (quote.use === 'public' && speaker) || 'anonymous'}</span>
        {speaker && quote.use !== 'public' && <span>(said by {speaker}, not to be named)</span>}
        {quote.isObjection && <span className="pill objection">Objection</span>}
        <span className={`pill use-${quote.use}`}>{USE_LABELS[quote.use]}</span>
        <span className="spacer" />
        <a href={`#notes/${note.id}`} onClick={(e) => (e.preventDefault(), go('notes', note.id))}>
          {[where, formatWhen(note.date)].filter(Boolean).join(' · ')}
        </a>
      </div>
    </li>
  )
}
