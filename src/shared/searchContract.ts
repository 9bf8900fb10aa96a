/** What the search finds: conversation notes, the quotes in them, and the notebook's records. */
export const SEARCH_KINDS = ['note', 'quote', 'contact', 'campaign', 'place', 'leaflet'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** A [start, end) character range of matched words, to highlight. */
export type Range = [number, number]

export interface SearchArgs {
  notebookId: string
  query: string
  kinds?: SearchKind[]
  campaignId?: string
  placeId?: string
  /** Inclusive bounds in ms: a note's date, a record's last change. */
  from?: number
  to?: number
  limit?: number
}

export interface SearchHit {
  kind: SearchKind
  id: string
  title: string
  /** A short stretch of the text around the first matched word ('' when only the title matched). */
  snippet: string
  highlights: { title: Range[]; snippet: Range[] }
  /** For quotes: the conversation note they belong to. */
  noteId?: string
  date: number
}

export interface SearchResults {
  hits: SearchHit[]
  /**
   * True just after the notebook opens, while the full-text index is still loading: the hits
   * then come from names and titles only (a search a moment later finds words in the text too).
   */
  titlesOnly: boolean
}

/** The search section of the bridge: the core keeps a persisted full-text index of the notebook. */
export interface SearchApi {
  search(args: SearchArgs): Promise<SearchResults>
}

export const SEARCH_METHODS: (keyof SearchApi)[] = ['search']
