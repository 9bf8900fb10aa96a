import { useCallback, useMemo } from 'react'
import { str, strs } from '../../shared/notebook/scalar'
import type { NotebookRootDoc } from '../../shared/notebook/schema'
import { listTerms } from '../../shared/notebook/terms'
import { CONVERSATION_KINDS, STANCES } from '../../shared/notes/note'
import { KIND_LABELS } from '../../shared/contacts/interactions'
import { addToNoteList, setNoteDate, setNoteFollowUp, setNoteList, setNoteScalar, type NoteListField, type StoredNote } from '../../shared/notes/noteMutations'
import { useStore } from '../app/useStore'
import type { NotebookSession } from '../session/NotebookSession'
import { fromLocalInput, toDateInput, toLocalInput } from './dates'
import { NoteBody } from './NoteBody'
import { ensureTermNamed, type NoteEdit, type NoteHandle } from './noteActions'
import { PeopleField } from './PeopleField'
import { PlaceField } from './PlaceField'
import { TermsField } from './TermsField'
import { useConversationLogSync } from './useConversationLogSync'
import { Chips, Typeahead } from './Typeahead'
import type { PlaceChoice } from './useNotebook'

export const STANCE_LABELS: Record<string, string> = { eager: 'Eager to act', supportive: 'Supportive', unsure: 'Unsure', opposed: 'Opposed', hostile: 'Hostile', unknown: 'Not known' }

export interface NoteFormProps {
  session: NotebookSession
  handle: NoteHandle
  note: StoredNote
  root?: NotebookRootDoc
  places: PlaceChoice[]
  campaigns: Map<string, string>
  toolbar?: boolean
  /** Fast entry: the form opens at the unit, as the place, campaign and time carried over. */
  focusUnit?: boolean
}

/** One conversation, every field written to the document as it is typed. Tab order follows the conversation. */
export function NoteForm({ session, handle, note, root, places, campaigns, toolbar = false, focusUnit = false }: NoteFormProps) {
  const id = note.id
  const contacts = useStore(session.contacts)
  const edit: NoteEdit = useCallback((mutate) => session.change(handle, (d) => mutate(d, Date.now())), [session, handle])
  /** Edits that change what each person's log says about this conversation. */
  const logs = useConversationLogSync(session, handle, id)
  const editPeople = useCallback(
    (mutate: Parameters<NoteEdit>[0]) => {
      const before = strs(handle.doc().records[id]?.contactIds)
      edit(mutate)
      logs.now(before)
    },
    [edit, logs, handle, id],
  )
  const setList = (field: NoteListField, values: string[]) => (field === 'problems' ? edit : editPeople)((d, now) => setNoteList(d, id, field, values, now))
  const onPlace = useCallback((placeId: string) => edit((d, now) => setNoteScalar(d, id, 'placeId', placeId, now)), [edit, id])

  const mentions = useMemo(
    () => ({
      people: contacts.filter((r) => !r.mergedInto).map((r) => ({ id: r.id, name: r.name })),
      problems: root ? listTerms(root, 'problem') : [],
      onPerson: (contactId: string) => editPeople((d, now) => addToNoteList(d, id, 'contactIds', contactId, now)),
      onProblem: (termId: string, name: string) =>
        void (termId ? Promise.resolve(termId) : ensureTermNamed(session, 'problem', name)).then((t) => edit((d, now) => addToNoteList(d, id, 'problems', t, now))),
    }),
    [contacts, root, editPeople, edit, session, id],
  )
  const campaignItems = useMemo(() => [...campaigns].map(([cid, name]) => ({ id: cid, name })), [campaigns])
  const campaignIds = strs(note.campaignIds)
  const followUp = note.followUp ?? null

  return (
    <div className="note-form" data-note-id={id}>
      <div className="note-grid">
        <label className="note-field when">
          <span className="note-label">When</span>
          <input className="input compact" type="datetime-local" aria-label="When" value={toLocalInput(note.date ?? note.createdAt)} onChange={(e) => {
            const date = fromLocalInput(e.target.value)
            if (Number.isFinite(date)) editPeople((d, now) => setNoteDate(d, id, date, now))
          }} />
        </label>
        <PlaceField focusUnit={focusUnit} session={session} places={places} placeId={str(note.placeId)} unit={str(note.unit)} onPlace={onPlace} onUnit={(unit) => edit((d, now) => setNoteScalar(d, id, 'unit', unit, now))} />
        <div className="note-field campaigns" role="group" aria-label="Campaigns">
          <span className="note-label">Campaign</span>
          <Chips ids={campaignIds} testId="note-campaign" name={(c) => campaigns.get(c) ?? '…'} onRemove={(c) => setList('campaignIds', campaignIds.filter((x) => x !== c))} />
          <Typeahead label="Add a campaign" placeholder={campaignIds.length ? '' : 'Campaign'} items={campaignItems} exclude={campaignIds} onPick={(c) => setList('campaignIds', [...campaignIds, c.id])} onBackspace={() => setList('campaignIds', campaignIds.slice(0, -1))} />
        </div>
      </div>
      <PeopleField session={session} ids={strs(note.contactIds)} onChange={(ids) => setList('contactIds', ids)} />
      <NoteBody session={session} handle={handle} note={note} edit={edit} mentions={mentions} toolbar={toolbar} />
      <div className="note-grid">
        <TermsField session={session} root={root} kind="problem" label="Problems raised" ids={strs(note.problems)} onChange={(ids) => setList('problems', ids)} />
        <TermsField session={session} root={root} kind="target" label="Target" single ids={str(note.target) ? [str(note.target)] : []} onChange={(ids) => edit((d, now) => setNoteScalar(d, id, 'target', ids[0] ?? '', now))} />
        <label className="note-field stance">
          <span className="note-label">Kind</span>
          <select className="select compact" aria-label="Kind of conversation" value={str(note.kind) || 'doorKnock'} onChange={(e) => editPeople((d, now) => setNoteScalar(d, id, 'kind', e.target.value === 'doorKnock' ? '' : e.target.value, now))}>
            {CONVERSATION_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
          </select>
        </label>
        <label className="note-field stance">
          <span className="note-label">Stance</span>
          <select className="select compact" aria-label="Stance" value={str(note.stance) || 'unknown'} onChange={(e) => edit((d, now) => setNoteScalar(d, id, 'stance', e.target.value === 'unknown' ? '' : e.target.value, now))}>
            {STANCES.map((s) => <option key={s} value={s}>{STANCE_LABELS[s]}</option>)}
          </select>
        </label>
      </div>
      <div className="note-field follow-up" role="group" aria-label="Follow-up promised">
        <span className="note-label">Follow-up promised</span>
        <input className="input compact" type="date" aria-label="Follow up by" value={followUp ? toDateInput(followUp.due) : ''} onChange={(e) => {
          const due = fromLocalInput(e.target.value)
          editPeople((d, now) => setNoteFollowUp(d, id, Number.isFinite(due) ? { due, what: followUp?.what ?? '' } : null, now))
        }} />
        <input className="input compact grow" aria-label="What was promised" placeholder={followUp ? 'What: bring the petition, call about the meeting…' : 'Pick a date first'} disabled={!followUp} value={followUp?.what ?? ''} onChange={(e) => followUp && (edit((d, now) => setNoteFollowUp(d, id, { due: followUp.due, what: e.target.value }, now)), logs.soon())} />
      </div>
    </div>
  )
}
