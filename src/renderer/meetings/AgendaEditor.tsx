import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react'
import { useState } from 'react'
import { PART_KINDS, saveTemplate, type AgendaPart, type PartKind } from '../../shared/meetings/agenda'
import type { Meeting } from '../../shared/meetings/meeting'
import { addPart, editPart, movePart, removePart } from '../../shared/meetings/meetingMutations'
import { agendaMinutes } from '../../shared/meetings/runSheet'
import type { NotebookSession } from '../session/NotebookSession'
import { CommitInput } from '../views/CommitInput'
import type { EditMeeting } from './MeetingPage'

export const PART_LABELS: Record<PartKind, string> = { bitterness: 'Speak bitterness', sumUp: 'Sum-up', planning: 'Planning', education: 'Political education', orientation: 'Orientation', other: 'Other' }

/** The agenda: each part's title, kind, time box, leader and notes; parts added, moved, removed; saved as the notebook's template. */
export function AgendaEditor({ session, meeting, edit }: { session: NotebookSession; meeting: Meeting; edit: EditMeeting }) {
  const [saved, setSaved] = useState('')
  const save = async () => {
    const root = await session.root()
    session.change(root, (doc) => saveTemplate(doc, meeting.agenda))
    setSaved(`Saved: new meetings start from these ${meeting.agenda.length} parts`)
  }
  return (
    <section aria-label="Agenda">
      <p className="muted">{meeting.agenda.length} parts · {agendaMinutes(meeting.agenda)} minutes</p>
      <ol className="agenda">
        {meeting.agenda.map((part, i) => (
          <PartRow key={part.id} part={part} first={i === 0} last={i === meeting.agenda.length - 1} edit={edit} />
        ))}
      </ol>
      <div className="stack">
        <button className="btn" onClick={() => edit((d, id, now) => void addPart(d, id, { kind: 'other', title: 'New part', minutes: 10 }, now))}>Add a part</button>
        <button className="btn" onClick={() => void save()}>Save as the notebook’s template</button>
        <span className="muted" role="status">{saved}</span>
      </div>
    </section>
  )
}

function PartRow({ part, first, last, edit }: { part: AgendaPart; first: boolean; last: boolean; edit: EditMeeting }) {
  const [notes, setNotes] = useState(part.notes)
  const set = (patch: Parameters<typeof editPart>[3]) => edit((d, id, now) => editPart(d, id, part.id, patch, now))
  return (
    <li className="agenda-part" data-testid="agenda-part">
      <CommitInput aria-label="Part title" value={part.title} onCommit={(title) => set({ title })} />
      <CommitInput aria-label={`Minutes for ${part.title}`} type="number" min={1} max={240} value={String(part.minutes)} onCommit={(m) => set({ minutes: Number(m) })} />
      <CommitInput aria-label={`Leader of ${part.title}`} placeholder="Who leads it" value={part.leader} onCommit={(leader) => set({ leader })} />
      <span className="row">
        <select className="select compact" aria-label={`Kind of ${part.title}`} value={part.kind} onChange={(e) => set({ kind: e.target.value })}>
          {PART_KINDS.map((k) => <option key={k} value={k}>{PART_LABELS[k]}</option>)}
        </select>
        <button className="btn small" aria-label={`Move ${part.title} up`} disabled={first} onClick={() => edit((d, id, now) => movePart(d, id, part.id, -1, now))}><ArrowUp size={14} /></button>
        <button className="btn small" aria-label={`Move ${part.title} down`} disabled={last} onClick={() => edit((d, id, now) => movePart(d, id, part.id, 1, now))}><ArrowDown size={14} /></button>
        <button className="btn small" aria-label={`Remove ${part.title}`} onClick={() => edit((d, id, now) => removePart(d, id, part.id, now))}><Trash2 size={14} /></button>
      </span>
      <textarea className="textarea" aria-label={`Notes for ${part.title}`} placeholder="Notes" value={notes} onChange={(e) => setNotes(e.target.value)} onBlur={() => notes !== part.notes && set({ notes })} />
    </li>
  )
}
