import { NotebookPen } from 'lucide-react'
import { useDeferredValue, useMemo, useState } from 'react'
import { listTerms } from '../../shared/notebook/terms'
import { EMPTY_NOTE_FILTER, queryNotes, type NoteFilter } from '../../shared/notes/noteQuery'
import { plural } from '../app/plural'
import type { ViewProps } from '../app/views'
import { useCampaignFilterNames } from '../campaigns/useCampaignFilterNames'
import { EmptyState } from '../views/EmptyState'
import { NoteCard } from './NoteCard'
import { NotesHeader } from './NotesHeader'
import { useNoteRows } from './useNoteRows'

const SHOWN = 200

/** Every conversation, newest first, filtered by words, campaign or problem. */
export function NotesList({ session, param, go }: ViewProps) {
  const { rows, names, root } = useNoteRows(session)
  const campaigns = useCampaignFilterNames(session)
  const [filter, setFilter] = useState<NoteFilter>(EMPTY_NOTE_FILTER)
  const deferred = useDeferredValue(filter)
  const visible = useMemo(() => queryNotes(rows, deferred, names), [rows, deferred, names])
  const problems = root ? listTerms(root, 'problem') : []
  return (
    <>
      <NotesHeader title="Notes" param={param} go={go}>
        <input className="input search" type="search" placeholder="Find by place, person, problem or words" aria-label="Find notes" value={filter.text} onChange={(e) => setFilter({ ...filter, text: e.target.value })} />
      </NotesHeader>
      <div className="page-body notes-page">
        <div className="notes-scroll">
          <div className="filter-bar notes-filter">
            <select className="select compact" aria-label="Campaign" value={filter.campaignId} onChange={(e) => setFilter({ ...filter, campaignId: e.target.value })}>
              <option value="">Every campaign</option>
              {[...campaigns].map(([id, name]) => <option key={id} value={id}>{name}</option>)}
            </select>
            <select className="select compact" aria-label="Problem" value={filter.problemId} onChange={(e) => setFilter({ ...filter, problemId: e.target.value })}>
              <option value="">Every problem</option>
              {problems.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
            <span className="muted">{plural(visible.length, 'conversation')}</span>
          </div>
          {rows.length === 0 ? (
            <EmptyState icon={NotebookPen} title="No conversation notes yet" actions={<button className="btn primary" onClick={() => go('notes', 'new')}>Start fast entry</button>}>
              After a night of door knocking, type up each conversation here: who, where, the problem and where it comes from, their own words, and the follow-up you promised.
            </EmptyState>
          ) : (
            <ul className="note-list">{visible.slice(0, SHOWN).map((row) => <NoteCard key={row.id} row={row} names={names} go={go} />)}</ul>
          )}
          {visible.length > SHOWN && <p className="muted">Showing the newest {SHOWN}; narrow the search to see others.</p>}
        </div>
      </div>
    </>
  )
}
