import { useMemo } from 'react'
import '../styles/notes.css'
import { hashFor } from '../app/views'
import { useNotes } from '../notes/useNoteRows'
import type { NotebookSession } from '../session/NotebookSession'
import { formatDay } from './formatDate'

/** Backlinks: every conversation note that names this person, newest first, each opening the note. */
export function ContactNotes({ session, id }: { session: NotebookSession; id: string }) {
  const rows = useNotes(session).rows
  const notes = useMemo(() => rows.filter((r) => r.contactIds.includes(id)).sort((a, b) => b.date - a.date), [rows, id])
  return (
    <section aria-label="Conversations">
      <h3>Conversations</h3>
      {notes.length === 0 ? (
        <p className="muted">No conversation notes mention them yet.</p>
      ) : (
        <ul className="contact-notes" data-testid="contact-notes">
          {notes.map((n) => (
            <li key={n.id}>
              <a href={hashFor('notes', n.id)}>{formatDay(n.date)}</a> <span className="muted">{[n.unit, n.preview.slice(0, 80)].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
