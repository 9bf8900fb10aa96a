import { NotebookPen } from 'lucide-react'
import type { ViewProps } from '../app/views'
import { useRecordNames } from '../contacts/useRecordNames'
import { EmptyState } from '../views/EmptyState'
import { NoteForm } from './NoteForm'
import { NotesHeader } from './NotesHeader'
import { useNote, usePlaces, useRoot } from './useNotebook'

/** One conversation, the same form as fast entry. */
export function NotePage({ session, param, go }: ViewProps) {
  const { handle, note, loaded } = useNote(session, param)
  const { root } = useRoot(session)
  const places = usePlaces(session)
  const campaigns = useRecordNames(session, 'campaigns')
  return (
    <>
      <NotesHeader title="Conversation" param={param} go={go} />
      <div className="page-body notes-page">
        <div className="notes-scroll">
          {handle && note ? (
            <section className="card note-card" aria-label="Conversation">
              <NoteForm session={session} handle={handle} note={note} root={root} places={places} campaigns={campaigns} toolbar />
            </section>
          ) : loaded ? (
            <EmptyState icon={NotebookPen} title="No such conversation">It may have been deleted, or not synced to this device yet.</EmptyState>
          ) : (
            <div aria-busy="true" />
          )}
        </div>
      </div>
    </>
  )
}
