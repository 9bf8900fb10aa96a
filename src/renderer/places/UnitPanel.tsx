import { useMemo } from 'react'
import type { ContactRow } from '../../shared/contacts/contactRow'
import type { NoteRow } from '../../shared/notes/noteRow'
import type { UnitCoverage } from '../../shared/places/coverage'
import { KNOCK_LABELS, TALKED } from '../../shared/places/knocks'
import { linkKnockNote, removeKnock } from '../../shared/places/placeMutations'
import { unitKey } from '../../shared/places/units'
import type { Go } from '../app/views'
import { formatDay } from '../contacts/formatDate'
import type { NotebookSession } from '../session/NotebookSession'
import { AddContactHere } from './AddContactHere'
import { editPlace } from './placeActions'

const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' })

/** One unit's knocks (newest first, each deletable and linkable to its note), and who and what we know there. */
export function UnitPanel({ session, placeId, unit, contacts, notes, go, onError }: { session: NotebookSession; placeId: string; unit: UnitCoverage; contacts: ContactRow[]; notes: NoteRow[]; go: Go; onError: (message: string) => void }) {
  const key = unitKey(unit.unit)
  const here = useMemo(() => ({
    contacts: contacts.filter((c) => c.placeId === placeId && !c.mergedInto && unitKey(c.unit) === key),
    notes: notes.filter((n) => n.placeId === placeId && unitKey(n.unit) === key).sort((a, b) => b.date - a.date),
    placeNotes: notes.filter((n) => n.placeId === placeId).sort((a, b) => b.date - a.date),
  }), [contacts, notes, placeId, key])
  const edit = async (mutate: Parameters<typeof editPlace>[2]) => {
    const failed = await editPlace(session, placeId, mutate)
    if (failed) onError(failed)
  }
  const linkNote = (knockId: string, noteId: string) => void edit((s, id, now) => linkKnockNote(s, id, knockId, noteId, now))
  const noteLabel = (n: NoteRow) => `${formatDay(n.date)} · ${n.unit || 'no unit'} · ${n.preview.slice(0, 40) || 'untitled'}`

  return (
    <section className="card unit-panel" aria-label={`Unit ${unit.unit}`}>
      <h2>
        {unit.unit} {!unit.listed && <span className="muted fine">(not on the unit list)</span>}
      </h2>
      {unit.knocks.length === 0 ? (
        <p className="muted">No knocks recorded here yet.</p>
      ) : (
        <ol className="knock-log" data-testid="knock-log">
          {[...unit.knocks].reverse().map((k) => (
            <li key={k.id}>
              <span className="knock-outcome" data-outcome={k.outcome}>
                {KNOCK_LABELS[k.outcome]}
              </span>
              <span className="muted">
                {formatDay(k.at)} {time.format(k.at)}
                {k.by && ` · ${k.by}`}
              </span>
              {TALKED.has(k.outcome) && here.placeNotes.length > 0 && (
                <select className="select compact" aria-label="Note it led to" value={k.noteId} onChange={(e) => linkNote(k.id, e.target.value)}>
                  <option value="">No note linked</option>
                  {here.placeNotes.map((n) => (
                    <option key={n.id} value={n.id}>
                      {noteLabel(n)}
                    </option>
                  ))}
                </select>
              )}
              {k.noteId && (
                <button className="btn small subtle" onClick={() => go('notes', k.noteId)}>
                  Open note
                </button>
              )}
              <button className="btn small subtle" aria-label={`Delete this knock (${KNOCK_LABELS[k.outcome]})`} onClick={() => void edit((s, id, now) => removeKnock(s, id, k.id, now))}>
                Delete
              </button>
            </li>
          ))}
        </ol>
      )}
      <h3>Contacts here</h3>
      {here.contacts.length > 0 && (
        <ul className="plain-list" aria-label={`Contacts at ${unit.unit}`}>
          {here.contacts.map((c) => (
            <li key={c.id}>
              <button className="link" onClick={() => go('contacts', c.id)}>
                {c.name}
              </button>{' '}
              <span className="muted">{c.phone}</span>
            </li>
          ))}
        </ul>
      )}
      <AddContactHere session={session} placeId={placeId} unit={unit.unit} knock={unit.knocks.findLast((k) => TALKED.has(k.outcome))} />
      {here.notes.length > 0 && (
        <>
          <h3>Conversation notes</h3>
          <ul className="plain-list">
            {here.notes.map((n) => (
              <li key={n.id}>
                <button className="link" onClick={() => go('notes', n.id)}>
                  {formatDay(n.date)}
                </button>{' '}
                <span className="muted">{n.preview.slice(0, 80)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
