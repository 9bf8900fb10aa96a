import { NotebookPen, Trash2 } from 'lucide-react'
import { useState } from 'react'
import { strs } from '../../shared/notebook/scalar'
import type { ViewProps } from '../app/views'
import { useRecordNames } from '../contacts/useRecordNames'
import { EmptyState } from '../views/EmptyState'
import { deleteNote, syncConversationLogs } from './noteActions'
import { NoteForm } from './NoteForm'
import { NotesHeader } from './NotesHeader'
import { useNote, usePlaces } from './useNotebook'
import { useRoot } from '../session/useRoot'
import { PurgeAction } from '../purge/PurgeAction'

/** One conversation, the same form as fast entry. */
export function NotePage({ session, param, go }: ViewProps) {
  const { handle, note, loaded } = useNote(session, param)
  const { root } = useRoot(session)
  const places = usePlaces(session)
  const campaigns = useRecordNames(session, 'campaigns')
  const [confirming, setConfirming] = useState(false)
  // Leave the page first (its editor is bound to the body), then take the note out of each person's log and delete it.
  const remove = () => {
    if (!handle || !note) return
    const people = strs(note.contactIds)
    go('notes')
    setTimeout(() => {
      deleteNote(session, handle, note.id)
      void syncConversationLogs(session, handle, note.id, people)
    })
  }
  return (
    <>
      <NotesHeader title="Conversation" param={param} go={go}>
        {note && !confirming && <button className="btn" onClick={() => setConfirming(true)}><Trash2 size={15} aria-hidden /> Delete</button>}
        {note && confirming && (
          <span className="stack confirm-inline" role="alert">
            Delete this conversation and its quotes?
            <button className="btn primary" onClick={remove}>Delete</button>
            <button className="btn" onClick={() => setConfirming(false)}>Keep</button>
          </span>
        )}
      </NotesHeader>
      <div className="page-body notes-page">
        <div className="notes-scroll">
          {handle && note ? (
            <section className="card note-card" aria-label="Conversation">
              <NoteForm session={session} handle={handle} note={note} root={root} places={places} campaigns={campaigns} toolbar />
              <PurgeAction session={session} kind="note" id={note.id} after="#notes" />
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
