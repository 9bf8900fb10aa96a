import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { newId } from '../../shared/ids'
import { strs, str } from '../../shared/notebook/scalar'
import type { NoteStart, StoredNote } from '../../shared/notes/noteMutations'
import type { ViewProps } from '../app/views'
import { useRecordNames } from '../contacts/useRecordNames'
import { createNote, deleteNote, isBlank } from './noteActions'
import { NoteForm } from './NoteForm'
import { NotesHeader } from './NotesHeader'
import { formatWhen } from './dates'
import { useNote, usePlaces } from './useNotebook'
import { useRoot } from '../session/useRoot'
import { useStore } from '../app/useStore'

const isSaveKey = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && e.key === 'Enter'

/** What the next conversation starts with (this window's last entry), and what was typed in this sitting. */
function remembered<T>(key: string, fallback: T): T {
  try {
    return (JSON.parse(sessionStorage.getItem(key) ?? 'null') as T | null) ?? fallback
  } catch {
    return fallback
  }
}

/**
 * Fast entry: conversations typed one after another. Ctrl/Cmd+Enter starts the next one, which
 * keeps the place, campaign and time of the last; everything is written as it is typed.
 */
export function FastEntry({ session, param, go }: ViewProps) {
  const carryKey = `massline:notes-carry:${session.id}`
  const doneKey = `massline:notes-done:${session.id}`
  const [currentId, setCurrentId] = useState<string>()
  const [done, setDone] = useState<string[]>(() => remembered(doneKey, []))
  const [hint, setHint] = useState('')
  const { root } = useRoot(session)
  const places = usePlaces(session)
  const campaigns = useRecordNames(session, 'campaigns')
  const { handle, note } = useNote(session, currentId ?? '')
  const rows = useStore(session.notes)
  const latest = useRef<{ handle?: typeof handle; note?: StoredNote }>({})
  latest.current = { handle, note }

  const currentKey = `massline:notes-current:${session.id}`
  const starting = useRef(false)
  // The next note's id is chosen ahead and its shard loaded while this one is typed, so Ctrl+Enter
  // switches forms at once instead of after a round trip to the core (keys typed meanwhile would
  // land in the previous form).
  const nextId = useRef(newId())
  useEffect(() => void session.shardOf('notes', nextId.current).catch(() => undefined), [session, currentId])
  /** Opens a new note and switches the form to it once it exists (the form stays as it was if that fails). */
  const start = useCallback(
    async (carry: NoteStart, finished?: string) => {
      if (starting.current) return
      starting.current = true
      try {
        const id = await createNote(session, carry, nextId.current)
        sessionStorage.setItem(currentKey, JSON.stringify(id))
        if (finished) setDone((before) => [finished, ...before])
        setCurrentId(id)
        setHint('')
      } catch (error) {
        setHint(`Could not open the next conversation (${error instanceof Error ? error.message : String(error)}); press Ctrl+Enter to try again.`)
      } finally {
        nextId.current = newId()
        starting.current = false
      }
    },
    [session, currentKey],
  )
  useEffect(() => {
    sessionStorage.setItem(doneKey, JSON.stringify(done))
  }, [doneKey, done])

  useEffect(() => {
    void session.loadNotes()
    // A reload carries on with the conversation being typed.
    const open = remembered<string>(currentKey, '')
    void (open ? session.shardOf('notes', open).then((h) => h.doc().records[open]) : Promise.resolve(undefined)).then((stored) =>
      stored ? setCurrentId(open) : start(remembered<NoteStart>(carryKey, {})),
    )
    // Leaving with an untouched form leaves no blank note behind.
    return () => {
      const { handle: h, note: n } = latest.current
      // After the editor bound to it has gone.
      if (h && n && isBlank(n)) setTimeout(() => deleteNote(session, h, n.id))
    }
  }, [session, start, carryKey, currentKey])

  const next = () => {
    if (!note) return
    if (isBlank(note)) return setHint('Nothing typed yet: add who you spoke to or what was said.')
    // A name typed but not picked would be lost with the form.
    const pending = [...document.querySelectorAll<HTMLInputElement>('.fast-entry .typeahead input')].find((input) => input.value.trim())
    if (pending) {
      pending.focus()
      return setHint(`Press Enter to add “${pending.value.trim()}”, or clear it, before the next conversation.`)
    }
    const carry: NoteStart = { placeId: str(note.placeId), campaignIds: strs(note.campaignIds), date: note.date }
    sessionStorage.setItem(carryKey, JSON.stringify(carry))
    void start(carry, note.id)
  }

  return (
    <>
      <NotesHeader title="Fast entry" param={param} go={go} />
      <div className="page-body notes-page">
        <div className="notes-scroll fast-entry" onKeyDownCapture={(e) => isSaveKey(e) && (e.preventDefault(), e.stopPropagation(), next())}>
          <section className="card note-card" aria-label="Conversation" data-testid="fast-entry-form">
            <div className="note-card-head">
              <h2>Conversation {done.length + 1}</h2>
              <span className="spacer" />
              {hint && <span className="error-text" role="alert">{hint}</span>}
              <button type="button" className="btn primary" onClick={next}>Save and next <kbd>Ctrl+Enter</kbd></button>
            </div>
            {handle && note ? <NoteForm key={note.id} focusUnit session={session} handle={handle} note={note} root={root} places={places} campaigns={campaigns} /> : <div aria-busy="true" className="muted">Opening a new note…</div>}
          </section>
          {done.length > 0 && (
            <section className="card" aria-label="Typed in this sitting">
              <h3>Typed in this sitting</h3>
              <ol className="done-list">
                {done.map((id) => {
                  const row = rows.find((r) => r.id === id)
                  return (
                    <li key={id} data-testid="done-note">
                      <a href={`#notes/${id}`} onClick={(e) => (e.preventDefault(), go('notes', id))}>
                        {row ? `${formatWhen(row.date)} · ${[row.unit, ...row.contactIds.map((c) => session.contacts.byId(c)?.name ?? '')].filter(Boolean).join(' · ') || row.preview.slice(0, 60)}` : 'Conversation'}
                      </a>
                    </li>
                  )
                })}
              </ol>
            </section>
          )}
        </div>
      </div>
    </>
  )
}
