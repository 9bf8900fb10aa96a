import MiniSearch, { type Options, type SearchResult } from 'minisearch'
import { readFile } from 'node:fs/promises'
import type { SearchArgs, SearchHit, SearchKind } from '../../shared/searchContract'
import { writeFileAtomic } from '../fs/writeFileAtomic'
import { fold, tokenize } from './foldText'
import type { SearchDoc } from './searchDocuments'
import { matchRanges, snippetOf } from './snippet'

// Bump when the documents, the tokenizer or the options change: an older file is rebuilt.
const FORMAT = 2
const SAVE_DELAY_MS = 2000
const DEFAULT_LIMIT = 50
const PLAIN_SNIPPET_CHARS = 160

const OPTIONS: Options<SearchDoc> = {
  idField: 'key',
  fields: ['title', 'text', 'extra'],
  storeFields: ['kind', 'id', 'title', 'text', 'noteId', 'date', 'campaignIds', 'placeId'],
  tokenize,
  processTerm: fold,
  searchOptions: {
    boost: { title: 3 },
    // As-you-type: the word being typed (the last) may be the start of one; longer words forgive a typo.
    prefix: (_term, i, terms) => i === terms.length - 1,
    fuzzy: (term) => (term.length > 4 ? 0.2 : false),
    maxFuzzy: 2,
    combineWith: 'AND',
  },
}

/** Per document the index reflects (a shard, a leaflet): its heads, and the index keys of each record in it. */
interface Source {
  heads: string[] | null
  records: Record<string, string[]>
}

interface SavedIndex {
  format: number
  sources: Record<string, Source>
  terms: Record<string, string>
  index: unknown
}

type Stored = Pick<SearchDoc, 'kind' | 'id' | 'title' | 'text' | 'noteId' | 'date' | 'campaignIds' | 'placeId'>

/**
 * The notebook's full-text index (MiniSearch), persisted with the heads of every document
 * it reflects, so a start loads it instead of rebuilding and only documents whose heads
 * differ are indexed again.
 */
export class SearchIndex {
  #mini = new MiniSearch<SearchDoc>(OPTIONS)
  #sources = new Map<string, Source>()
  /** The problem and target names the notes were indexed with (a rename re-indexes them). */
  terms: Record<string, string> = {}
  #saveTimer: NodeJS.Timeout | undefined
  #holds = 0
  #dirty = false
  #saving: Promise<void> = Promise.resolve()

  private constructor(readonly file: string) {}

  /** Loads the saved index; a missing, old or damaged file gives an empty one (`fromDisk` false) to build. */
  static async load(file: string): Promise<{ index: SearchIndex; fromDisk: boolean }> {
    const index = new SearchIndex(file)
    try {
      const saved = JSON.parse(await readFile(file, 'utf8')) as SavedIndex
      if (saved.format !== FORMAT || typeof saved.sources !== 'object' || typeof saved.terms !== 'object') throw new Error('old format')
      // Loaded in one go: the async variant yields between batches and takes several times longer.
      index.#mini = MiniSearch.loadJS(saved.index as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS)
      index.#sources = new Map(Object.entries(saved.sources))
      index.terms = saved.terms
      return { index, fromDisk: true }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.error(`Rebuilding the search index: ${file} could not be read (${(error as Error).message})`)
      return { index: new SearchIndex(file), fromDisk: false }
    }
  }

  get size(): number {
    return this.#mini.documentCount
  }

  headsOf(source: string): string[] | null {
    return this.#sources.get(source)?.heads ?? null
  }

  setHeads(source: string, heads: string[] | null): void {
    this.#source(source).heads = heads
    this.#scheduleSave()
  }

  sources(): string[] {
    return [...this.#sources.keys()]
  }

  recordIds(source: string): string[] {
    return Object.keys(this.#sources.get(source)?.records ?? {})
  }

  /** Replaces what one record contributes (a note and its quotes) with these documents. */
  putRecord(source: string, recordId: string, docs: SearchDoc[]): void {
    this.removeRecord(source, recordId)
    const records = this.#source(source).records
    for (const doc of docs) {
      // A key another record still lists (a quote moved between notes) goes to the newest.
      if (this.#mini.has(doc.key)) this.#mini.discard(doc.key)
      this.#mini.add(doc)
    }
    if (docs.length) records[recordId] = docs.map((d) => d.key)
    this.#scheduleSave()
  }

  removeRecord(source: string, recordId: string): void {
    const records = this.#sources.get(source)?.records
    const keys = records?.[recordId]
    if (!records || !keys) return
    for (const key of keys) if (this.#mini.has(key)) this.#mini.discard(key)
    delete records[recordId]
    this.#scheduleSave()
  }

  removeSource(source: string): void {
    for (const id of this.recordIds(source)) this.removeRecord(source, id)
    this.#sources.delete(source)
    this.#scheduleSave()
  }

  search({ query, kinds, campaignId, placeId, from, to, limit = DEFAULT_LIMIT }: Omit<SearchArgs, 'notebookId'>): SearchHit[] {
    const wanted = kinds?.length ? new Set<SearchKind>(kinds) : undefined
    const words = tokenize(query)
    if (!words.length) return []
    const results = this.#mini.search(query, {
      // One or two letters start thousands of words in the text: match them against titles only.
      ...(words.length === 1 && words[0]!.length < 3 ? { fields: ['title'] } : {}),
      filter: (result) => {
        const r = result as unknown as Stored
        return (
          (!wanted || wanted.has(r.kind)) &&
          (!campaignId || r.campaignIds.includes(campaignId)) &&
          (!placeId || r.placeId === placeId) &&
          (from === undefined || r.date >= from) &&
          (to === undefined || r.date <= to)
        )
      },
    })
    return results.slice(0, limit).map(toHit)
  }

  #source(source: string): Source {
    let entry = this.#sources.get(source)
    if (!entry) this.#sources.set(source, (entry = { heads: null, records: {} }))
    return entry
  }

  /**
   * Holds saves back while documents are loaded one by one: each save serializes the whole
   * index, and a timer firing between shard loads would do that again and again.
   */
  hold(): () => void {
    this.#holds++
    return () => {
      if (--this.#holds === 0 && this.#dirty) this.#scheduleSave()
    }
  }

  #scheduleSave(): void {
    this.#dirty = true
    if (this.#holds) return
    clearTimeout(this.#saveTimer)
    // Derived data: a failed write is reported, and the next change or close tries again.
    this.#saveTimer = setTimeout(() => this.save().catch((error: Error) => console.error(`Could not save the search index: ${error.message}`)), SAVE_DELAY_MS)
    this.#saveTimer.unref?.()
  }

  /** Writes the index now (also called on close). */
  save(): Promise<void> {
    clearTimeout(this.#saveTimer)
    this.#dirty = false
    const saved: SavedIndex = { format: FORMAT, sources: Object.fromEntries(this.#sources), terms: this.terms, index: this.#mini }
    const body = JSON.stringify(saved)
    this.#saving = this.#saving.catch(() => undefined).then(() => writeFileAtomic(this.file, body))
    return this.#saving
  }
}

function toHit(result: SearchResult): SearchHit {
  const r = result as unknown as Stored & SearchResult
  const terms = new Set(r.terms)
  const cut = snippetOf(r.text, terms)
  const snippet = cut.snippet || (r.text.length > PLAIN_SNIPPET_CHARS ? `${r.text.slice(0, PLAIN_SNIPPET_CHARS).replace(/\s+\S*$/, '')}…` : r.text).replace(/\s/g, ' ')
  return {
    kind: r.kind,
    id: r.id,
    title: r.title,
    snippet,
    highlights: { title: matchRanges(r.title, terms), snippet: cut.ranges },
    ...(r.noteId ? { noteId: r.noteId } : {}),
    date: r.date,
  }
}
