import { Search } from 'lucide-react'
import { useMemo, useState } from 'react'
import { SEARCH_KINDS, type SearchHit, type SearchKind } from '../../shared/searchContract'
import { plural } from '../app/plural'
import { hashFor, type ViewProps } from '../app/views'
import { useCampaignFilterNames } from '../campaigns/useCampaignFilterNames'
import { useRecordNames } from '../contacts/useRecordNames'
import { EmptyState } from '../views/EmptyState'
import { PageHeader } from '../views/PageHeader'
import { hitRoute, KIND_LABELS } from './hitRoute'
import { KIND_ICONS } from './kindIcons'
import { Marked } from './Marked'
import { useSearch, type SearchFilters } from './useSearch'
import '../styles/search.css'

const PAGE_LIMIT = 200
const DAY_MS = 86_400_000
const dayStart = (value: string): number | undefined => (value ? Date.parse(`${value}T00:00:00`) : undefined)

/** The search page: the query lives in the URL (`#search/<words>`), so a reload keeps it. */
export function SearchView({ session, param, go }: ViewProps) {
  const [query, setQuery] = useState(param)
  const [kinds, setKinds] = useState<SearchKind[]>([])
  const [campaignId, setCampaignId] = useState('')
  const [placeId, setPlaceId] = useState('')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const campaigns = useCampaignFilterNames(session)
  const places = useRecordNames(session, 'places')
  const filters = useMemo<SearchFilters>(() => {
    const end = dayStart(to)
    return {
      limit: PAGE_LIMIT,
      ...(kinds.length ? { kinds } : {}),
      ...(campaignId ? { campaignId } : {}),
      ...(placeId ? { placeId } : {}),
      ...(from ? { from: dayStart(from) } : {}),
      ...(end !== undefined ? { to: end + DAY_MS - 1 } : {}),
    }
  }, [kinds, campaignId, placeId, from, to])
  const { hits, titlesOnly, searching, error } = useSearch(session, query, filters)
  const groups = SEARCH_KINDS.map((kind) => ({ kind, hits: hits.filter((h) => h.kind === kind) })).filter((g) => g.hits.length)

  const type = (text: string) => {
    setQuery(text)
    // Typing replaces the history entry instead of adding one per letter.
    history.replaceState(null, '', hashFor('search', text))
  }
  const toggle = (kind: SearchKind) => setKinds((on) => (on.includes(kind) ? on.filter((k) => k !== kind) : [...on, kind]))
  const sorted = (names: Map<string, string>) => [...names].sort((a, b) => a[1].localeCompare(b[1]))

  return (
    <>
      <PageHeader title="Search">
        <input className="input search-query" type="search" autoFocus placeholder="Words from a note, a quote, a name, a phone…" aria-label="Search the notebook" value={query} onChange={(e) => type(e.target.value)} />
      </PageHeader>
      <div className="filter-bar search-filters" role="group" aria-label="Search filters">
        {SEARCH_KINDS.map((kind) => (
          <button key={kind} className={`btn compact${kinds.includes(kind) ? ' on' : ''}`} aria-pressed={kinds.includes(kind)} onClick={() => toggle(kind)}>
            {KIND_LABELS[kind]}
          </button>
        ))}
        <select className="select compact" aria-label="Campaign" value={campaignId} onChange={(e) => setCampaignId(e.target.value)}>
          <option value="">Any campaign</option>
          {sorted(campaigns).map(([id, name]) => <option key={id} value={id}>{name}</option>)}
        </select>
        <select className="select compact" aria-label="Place" value={placeId} onChange={(e) => setPlaceId(e.target.value)}>
          <option value="">Any place</option>
          {sorted(places).map(([id, name]) => <option key={id} value={id}>{name}</option>)}
        </select>
        <label className="inline-label">From <input className="input compact" type="date" aria-label="From" value={from} onChange={(e) => setFrom(e.target.value)} /></label>
        <label className="inline-label">To <input className="input compact" type="date" aria-label="To" value={to} onChange={(e) => setTo(e.target.value)} /></label>
      </div>
      <div className="page-body scroll">
        {error ? (
          <p className="error-text search-message" role="alert">{error}</p>
        ) : !query.trim() ? (
          <EmptyState icon={Search} title="Search the notebook">Find conversation notes, quotes, contacts, places, campaigns and leaflets by any word in them. Start typing: the first letters are enough.</EmptyState>
        ) : groups.length === 0 ? (
          !searching && <p className="muted search-message">Nothing matches “{query}”{filters.kinds || campaignId || placeId || from || to ? ' with these filters' : ''}.</p>
        ) : (
          <div className="search-results" aria-busy={searching}>
            <p className="muted search-count">
              {hits.length >= PAGE_LIMIT ? `The first ${PAGE_LIMIT} results` : plural(hits.length, 'result')}
              {titlesOnly && ' in names and titles; the text of notes is still loading…'}
            </p>
            {groups.map(({ kind, hits: group }) => (
              <section key={kind} className="search-group" aria-label={KIND_LABELS[kind]}>
                <h2>{KIND_LABELS[kind]} <span className="muted">{group.length}</span></h2>
                <ul>
                  {group.map((hit) => <HitRow key={hit.id} hit={hit} onOpen={() => go(...hitRoute(hit))} />)}
                </ul>
              </section>
            ))}
          </div>
        )}
      </div>
    </>
  )
}

function HitRow({ hit, onOpen }: { hit: SearchHit; onOpen: () => void }) {
  const Icon = KIND_ICONS[hit.kind]
  const dated = hit.kind === 'note' || hit.kind === 'quote'
  return (
    <li>
      <button className="search-hit" data-testid="search-hit" onClick={onOpen}>
        <Icon size={16} aria-hidden className="search-hit-icon" />
        <span className="grow">
          <span className="search-hit-title">
            {hit.kind === 'quote' ? '“' : ''}
            <Marked text={hit.title} ranges={hit.highlights.title} />
            {hit.kind === 'quote' ? '”' : ''}
          </span>
          {hit.snippet && (
            <span className="search-hit-snippet">
              <Marked text={hit.snippet} ranges={hit.highlights.snippet} />
            </span>
          )}
        </span>
        {dated && <span className="muted search-hit-date">{new Date(hit.date).toLocaleDateString()}</span>}
      </button>
    </li>
  )
}
