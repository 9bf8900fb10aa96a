import { ExternalLink, Plus } from 'lucide-react'
import { useMemo, useState } from 'react'
import { planCitation, type Citation } from '../../shared/leaflets/citations'
import { listTerms, resolveTerm, termResolver } from '../../shared/notebook/terms'
import type { NoteRow, QuoteRow } from '../../shared/notes/noteRow'
import type { Go } from '../app/views'
import { useStore } from '../app/useStore'
import { useNotes } from '../notes/useNoteRows'
import { useRoot } from '../session/useRoot'
import type { NotebookSession } from '../session/NotebookSession'
import { filterGathered, NO_FILTER, problemCounts, type GatheredFilter } from './gatheredFilter'
import type { CampaignInfo, PlaceInfo } from './useLeaflets'

export interface GatheredProps {
  session: NotebookSession
  go: Go
  campaigns: CampaignInfo[]
  places: PlaceInfo[]
  /** The leaflet's campaign: the filter starts there. */
  campaignId: string
  /** Quote ids already in the leaflet. */
  cited: ReadonlySet<string>
  onQuote: (text: string, citation: Citation) => void
  onFact: (text: string) => void
}

const USE_LABEL: Record<QuoteRow['use'], string> = { public: 'named', anonymous: 'anonymous', private: 'private' }
const day = (ms: number) => new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })

/** Quotes, conversations and problem counts gathered at doors, filtered and ready to insert. */
export function GatheredPanel({ session, go, campaigns, places, campaignId, cited, onQuote, onFact }: GatheredProps) {
  const rows = useNotes(session).rows
  const contacts = useStore(session.contacts)
  const { root } = useRoot(session)
  const [filter, setFilter] = useState<GatheredFilter>({ ...NO_FILTER, campaignId })
  const [refused, setRefused] = useState('')

  const resolve = useMemo(() => (root ? termResolver(root) : (id: string) => id), [root])
  const problems = useMemo(() => (root ? listTerms(root, 'problem') : []), [root])
  const found = useMemo(() => filterGathered(rows, filter, resolve), [rows, filter, resolve])
  const placeOf = new Map(places.map((p) => [p.id, p]))
  const nameOf = new Map(contacts.map((c) => [c.id, c.name]))
  const set = (patch: Partial<GatheredFilter>) => setFilter((f) => ({ ...f, ...patch }))

  const cite = (note: NoteRow, quote: QuoteRow) => {
    const plan = planCitation(note.id, quote, { placeKind: placeOf.get(note.placeId)?.kind ?? '', unit: note.unit }, nameOf.get(quote.contactId) ?? '', Date.now())
    if (!plan.ok) return setRefused(plan.reason)
    setRefused('')
    onQuote(plan.text, plan.citation)
  }
  const where = (note: NoteRow) => [placeOf.get(note.placeId)?.name, note.unit].filter(Boolean).join(' ')
  const facts = problemCounts(found.map((f) => f.note), resolve).slice(0, 4)
  const factText = (problemId: string, count: number) => {
    const name = (root && resolveTerm(root, problemId)?.name) ?? problemId
    return found.length === 1 ? `In our conversation, people raised ${name.toLocaleLowerCase()}.` : `In ${count} of our ${found.length} conversations, people raised ${name.toLocaleLowerCase()}.`
  }

  return (
    <div className="gathered" aria-label="Gathered material">
      <div className="gathered-filters">
        <input className="input compact" type="search" aria-label="Search gathered quotes" placeholder="Search quotes and conversations" value={filter.text} onChange={(e) => set({ text: e.target.value })} />
        <select className="select compact" aria-label="Filter by campaign" value={filter.campaignId} onChange={(e) => set({ campaignId: e.target.value })}>
          <option value="">All campaigns</option>
          {campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
        <select className="select compact" aria-label="Filter by problem" value={filter.problemId} onChange={(e) => set({ problemId: e.target.value })}>
          <option value="">All problems</option>
          {problems.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
        <select className="select compact" aria-label="Filter by place" value={filter.placeId} onChange={(e) => set({ placeId: e.target.value })}>
          <option value="">All places</option>
          {places.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
        <span className="gathered-dates">
          <input className="input compact" type="date" aria-label="From date" value={filter.from} onChange={(e) => set({ from: e.target.value })} />
          <span className="muted">to</span>
          <input className="input compact" type="date" aria-label="To date" value={filter.to} onChange={(e) => set({ to: e.target.value })} />
        </span>
      </div>
      {refused && <p className="error-text" role="alert">{refused}</p>}
      {facts.length > 0 && (
        <ul className="gathered-facts" aria-label="Facts">
          {facts.map(({ problemId, count }) => (
            <li key={problemId}>
              <span className="grow">{factText(problemId, count)}</span>
              <button type="button" className="btn compact" title="Insert this fact" aria-label={`Insert fact: ${factText(problemId, count)}`} onClick={() => onFact(factText(problemId, count))}>
                <Plus size={13} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <ul className="gathered-notes" aria-label="Conversations">
        {found.length === 0 && <li className="muted">No conversations match.</li>}
        {found.slice(0, 80).map(({ note, quotes }) => (
          <li key={note.id} className="gathered-note" data-testid="gathered-note">
            <div className="gathered-note-head">
              <span className="muted">{day(note.date)} · {where(note) || 'no place'}</span>
              <span className="spacer" />
              <button type="button" className="link" title="Open the conversation" aria-label={`Open conversation of ${day(note.date)} at ${where(note)}`} onClick={() => go('notes', note.id)}>
                <ExternalLink size={13} aria-hidden />
              </button>
            </div>
            {quotes.length === 0 && <p className="gathered-preview">{note.preview.slice(0, 160) || 'No words typed up yet.'}</p>}
            {quotes.map((q) => (
              <div key={q.id} className={`gathered-quote use-${q.use}`} data-testid="gathered-quote">
                <p>“{q.text}”{q.isObjection && <span className="tag">objection</span>}</p>
                <div className="gathered-quote-foot">
                  <span className={`pill use-${q.use}`}>{USE_LABEL[q.use]}</span>
                  {cited.has(q.id) && <span className="muted">in the leaflet</span>}
                  <span className="spacer" />
                  <button type="button" className="btn compact" disabled={q.use === 'private'} title={q.use === 'private' ? 'Private quotes stay in the notebook' : 'Insert into the leaflet'} aria-label={`Insert quote: ${q.text}`} onClick={() => cite(note, q)}>
                    <Plus size={13} aria-hidden /> Insert
                  </button>
                </div>
              </div>
            ))}
          </li>
        ))}
      </ul>
    </div>
  )
}
