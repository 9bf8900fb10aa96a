import { useEffect, useRef } from 'react'
import { str } from '../../shared/notebook/scalar'
import type { QuoteDoc } from '../../shared/notes/note'
import { removeQuote, updateQuote, type StoredNote } from '../../shared/notes/noteMutations'
import { QUOTE_USES, type QuoteUse } from '../../shared/notes/noteRow'
import type { NotebookSession } from '../session/NotebookSession'
import { PurgeAction } from '../purge/PurgeAction'
import type { NoteEdit } from './noteActions'

export const USE_LABELS: Record<QuoteUse, string> = { public: 'Public, with their name', anonymous: 'Public, anonymous', private: 'Private, notebook only' }

/** The quotes marked in a note, in the order they appear in the body, each with who said it and how it may be used. */
export function QuotesPanel({ session, note, edit, focusId }: { session: NotebookSession; note: StoredNote; edit: NoteEdit; focusId: string }) {
  const body = note.body
  const quotes = Object.values(note.quotes ?? {}).sort((a, b) => body.indexOf(a.text) - body.indexOf(b.text) || (a.id < b.id ? -1 : 1))
  if (!quotes.length) return null
  return (
    <section className="note-quotes" aria-label="Quotes">
      <h3>Quotes</h3>
      {quotes.map((q) => (
        <QuoteRowEditor key={q.id} session={session} note={note} quote={q} edit={edit} focus={q.id === focusId} />
      ))}
    </section>
  )
}

function QuoteRowEditor({ session, note, quote, edit, focus }: { session: NotebookSession; note: StoredNote; quote: QuoteDoc; edit: NoteEdit; focus: boolean }) {
  const who = useRef<HTMLSelectElement>(null)
  useEffect(() => {
    if (focus) who.current?.focus()
  }, [focus])
  const set = (patch: Parameters<typeof updateQuote>[3]) => edit((d, now) => updateQuote(d, note.id, quote.id, patch, now))
  const people = (note.contactIds ?? []).map(str)
  return (
    <div className={`note-quote${quote.isObjection ? ' objection' : ''}`} data-testid="note-quote">
      <blockquote>{quote.text}</blockquote>
      <div className="quote-controls">
        <select ref={who} className="select compact" aria-label="Said by" value={str(quote.contactId)} onChange={(e) => set({ contactId: e.target.value })}>
          <option value="">Someone unnamed</option>
          {people.map((id) => <option key={id} value={id}>{session.contacts.byId(id)?.name ?? 'someone not in this notebook'}</option>)}
        </select>
        <select className="select compact" aria-label="Use" value={str(quote.use) || 'private'} onChange={(e) => set({ use: e.target.value as QuoteUse })}>
          {QUOTE_USES.map((u) => <option key={u} value={u}>{USE_LABELS[u]}</option>)}
        </select>
        <input className="input compact" aria-label="Attribution" placeholder="Attribution, e.g. “a tenant of 20 years”" value={quote.attribution} onChange={(e) => set({ attribution: e.target.value })} />
        <label className="inline-label">
          <input type="checkbox" checked={quote.isObjection} onChange={(e) => set({ isObjection: e.target.checked })} /> Objection
        </label>
        <button type="button" className="btn compact" aria-label={`Remove quote “${quote.text.slice(0, 30)}”`} onClick={() => edit((d, now) => removeQuote(d, note.id, quote.id, now))}>Remove</button>
        <PurgeAction session={session} kind="quote" id={quote.id} after={`#notes/${encodeURIComponent(note.id)}`} compact />
      </div>
    </div>
  )
}
