import MiniSearch, { type Options, type SearchResult } from 'minisearch'
import { randomUUID } from 'node:crypto'
import type { SearchArgs, SearchHit, SearchKind, SearchResults } from '../../shared/searchContract'
import type { SealedFiles } from '../atRest/SealedFiles'
import { decodeMeta, encodeMeta, keyOfMeta, metaOf, type DocMeta, type MetaEntry, type SavedMeta } from './docMeta'
import { fold, tokenize } from './foldText'
import { PHONE_DIGITS, phoneHits, phoneQuery } from './phoneSearch'
import type { SearchDoc } from './searchDocuments'
import { matchRanges, snippetOf } from './snippet'
import { titleHits } from './titleSearch'

// Bump when the documents, the tokenizer or the options change: an older file is rebuilt.
const FORMAT = 5
const SAVE_DELAY_MS = 2000
const DEFAULT_LIMIT = 50
const PLAIN_SNIPPET_CHARS = 160
/** Below this many hits without typo tolerance, a search tries again forgiving a typo. */
const FEW_HITS = 10
const FUZZY_MIN_LETTERS = 5

const LONG_NUMBER = new RegExp(`^\\d{${PHONE_DIGITS},}$`)
// Phone numbers are no index terms (they were most of them): digits are found by a scan of the phones.
const processTerm = (term: string): string | null => (LONG_NUMBER.test(term) ? null : fold(term))

const OPTIONS: Options<SearchDoc> = {
  idField: 'key',
  fields: ['title', 'text', 'extra'],
  // Nothing stored: hits are shown from the documents' metadata, snippets cut from the records.
  storeFields: [],
  tokenize,
  processTerm,
  searchOptions: {
    boost: { title: 3 },
    // As-you-type: the word being typed (the last) may be the start of one.
    prefix: (_term, i, terms) => i === terms.length - 1,
    fuzzy: false,
    combineWith: 'AND',
  },
}
const FUZZY = { fuzzy: (term: string) => (term.length >= FUZZY_MIN_LETTERS ? 0.2 : false), maxFuzzy: 2 }

/** Per document the index reflects (a shard, a leaflet): its heads, and the index keys of each record in it. */
interface Source {
  heads: string[] | null
  records: Record<string, string[]>
}

/** The small file: every document's metadata. */
interface SavedDocs extends SavedMeta {
  format: number
  /** Names the full-text file saved with this one: a pair that does not match is rebuilt. */
  generation: string
}

/** The large file: the full-text index and what it reflects. */
interface SavedText {
  format: number
  generation: string
  sources: Record<string, Source>
  terms: Record<string, string>
  index: unknown
}

/** The text to cut a hit's snippet from, read from the records at query time (the index stores none). */
export type TextOf = (meta: DocMeta) => string

const textFileOf = (file: string): string => file.replace(/\.json$/, '-text.json')

/**
 * The notebook's search index (MiniSearch), persisted with the heads of every document it
 * reflects, so a start loads it instead of rebuilding and only documents whose heads differ
 * are indexed again. Two files: every document's title and metadata (small: loaded at open,
 * searches answer from titles and phones at once) and the full text (loaded right after).
 */
export class SearchIndex {
  /** Undefined until the full-text file is loaded. */
  #text: MiniSearch<SearchDoc> | undefined
  #textLoad: Promise<void> | undefined
  #meta = new Map<string, MetaEntry>()
  #sources = new Map<string, Source>()
  #generation = ''
  #terms: Record<string, string> = {}
  /** Set when the full-text file turned out unusable: everything is indexed again. */
  rebuilding = false
  #saveTimer: NodeJS.Timeout | undefined
  #holds = 0
  #dirty = false
  #textDirty = false
  #saving: Promise<void> = Promise.resolve()

  private constructor(
    readonly file: string,
    private readonly files: SealedFiles,
  ) {}

  /**
   * Loads the saved titles and metadata; a missing, old or damaged file gives an empty index
   * (`fromDisk` false) to build. The full text loads with `loadText`.
   */
  static async load(file: string, files: SealedFiles): Promise<{ index: SearchIndex; fromDisk: boolean }> {
    const index = new SearchIndex(file, files)
    try {
      const saved = JSON.parse(await readText(files, file)) as SavedDocs
      if (saved.format !== FORMAT) throw new Error('old format')
      index.#meta = decodeMeta(saved)
      index.#generation = saved.generation
      return { index, fromDisk: true }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.error(`Rebuilding the search index: ${file} could not be read (${(error as Error).message})`)
      const fresh = new SearchIndex(file, files)
      fresh.#text = new MiniSearch(OPTIONS)
      fresh.#textLoad = Promise.resolve()
      return { index: fresh, fromDisk: false }
    }
  }

  /** Loads the full-text file once; if it is missing or does not match the titles, everything is indexed again. */
  loadText(): Promise<void> {
    this.#textLoad ??= (async () => {
      const file = textFileOf(this.file)
      try {
        const saved = JSON.parse(await readText(this.files, file)) as SavedText
        if (saved.format !== FORMAT || saved.generation !== this.#generation) throw new Error('it does not match the titles file')
        // In batches that yield: slower in all (≈0.8 s against 0.3 s on the reference notebook),
        // but the core (in Electron, the main process) never freezes for it; titles answer meanwhile.
        this.#text = await MiniSearch.loadJSAsync(saved.index as Parameters<typeof MiniSearch.loadJSAsync>[0], OPTIONS)
        this.#sources = new Map(Object.entries(saved.sources))
        this.#terms = saved.terms
      } catch (error) {
        console.error(`Rebuilding the search index: ${file} could not be read (${(error as Error).message})`)
        this.#text = new MiniSearch(OPTIONS)
        this.#meta.clear()
        this.rebuilding = true
      }
    })()
    return this.#textLoad
  }

  /** Whether searches find words in the text yet (not only titles and phones). */
  get textLoaded(): boolean {
    return this.#text !== undefined
  }

  /** The problem and target names the notes were indexed with (a rename re-indexes them). */
  get terms(): Record<string, string> {
    return this.#terms
  }

  set terms(names: Record<string, string>) {
    this.#terms = names
    this.#textDirty = true
    this.#scheduleSave()
  }

  get size(): number {
    return this.#meta.size
  }

  headsOf(source: string): string[] | null {
    return this.#sources.get(source)?.heads ?? null
  }

  setHeads(source: string, heads: string[] | null): void {
    this.#source(source).heads = heads
    this.#textDirty = true
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
      this.#discard(doc.key)
      this.#fullText().add(doc)
      this.#meta.set(doc.key, metaOf(doc))
    }
    if (docs.length) records[recordId] = docs.map((d) => d.key)
    this.#textDirty = true
    this.#scheduleSave()
  }

  removeRecord(source: string, recordId: string): void {
    const records = this.#sources.get(source)?.records
    const keys = records?.[recordId]
    if (!records || !keys) return
    for (const key of keys) this.#discard(key)
    delete records[recordId]
    this.#textDirty = true
    this.#scheduleSave()
  }

  removeSource(source: string): void {
    for (const id of this.recordIds(source)) this.removeRecord(source, id)
    this.#sources.delete(source)
    this.#textDirty = true
    this.#scheduleSave()
  }

  search({ query, kinds, campaignId, placeId, from, to, limit = DEFAULT_LIMIT }: Omit<SearchArgs, 'notebookId'>, textOf: TextOf = () => ''): SearchResults {
    const titlesOnly = !this.#text
    const words = tokenize(query)
    if (!words.length) return { hits: [], titlesOnly }
    const wanted = kinds?.length ? new Set<SearchKind>(kinds) : undefined
    const accept = (m: DocMeta | undefined): m is DocMeta =>
      !!m &&
      (!wanted || wanted.has(m.kind)) &&
      (!campaignId || m.campaignIds.includes(campaignId)) &&
      (!placeId || m.placeId === placeId) &&
      (from === undefined || m.date >= from) &&
      (to === undefined || m.date <= to)

    // A query of digits is matched against every contact's phones (a scan: phone spellings made most of the index).
    const typed = phoneQuery(query)
    const hits: SearchHit[] = typed ? phoneHits(this.#meta.values(), typed, accept, limit).map(({ meta, snippet, ranges }) => ({ ...hitOf(meta), snippet, highlights: { title: [], snippet: ranges } })) : []
    const seen = new Set(hits.map((h) => `${h.kind}:${h.id}`))
    const more = (meta: DocMeta | undefined, terms: ReadonlySet<string>): void => {
      if (meta && hits.length < limit && !seen.has(keyOfMeta(meta))) hits.push(toHit(meta, terms, textOf))
    }
    const mini = this.#text
    // One or two letters start thousands of words in the text: match them against titles only, by a scan.
    if (!mini || (words.length === 1 && words[0]!.length < 3)) {
      for (const { meta, terms } of titleHits(this.#meta.values(), words.map(fold), accept, limit)) more(meta, terms)
      return { hits, titlesOnly }
    }
    // No filter at all when none is set: a common word matches thousands of documents.
    const filtered = wanted || campaignId || placeId || from !== undefined || to !== undefined
    const options = filtered ? { filter: (result: SearchResult) => accept(this.#meta.get(result.id as string)) } : {}
    let results = mini.search(query, options)
    // Forgive a typo only when the words as typed found little: typo tolerance on a common word is what made searches slow.
    if (results.length < FEW_HITS && words.some((w) => w.length >= FUZZY_MIN_LETTERS && !/^\d+$/.test(w))) results = mini.search(query, { ...options, ...FUZZY })
    for (const result of results) {
      if (hits.length >= limit) break
      more(this.#meta.get(result.id as string), new Set(result.terms))
    }
    return { hits, titlesOnly }
  }

  #fullText(): MiniSearch<SearchDoc> {
    if (!this.#text) throw new Error('The full-text search index is not loaded yet')
    return this.#text
  }

  #discard(key: string): void {
    if (this.#fullText().has(key)) this.#fullText().discard(key)
    this.#meta.delete(key)
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

  /** Writes what changed since the last save, if anything (on close). */
  flush(): Promise<void> {
    return this.#dirty || this.#textDirty ? this.save() : this.#saving
  }

  /** Writes the index now: the full text first (when it changed), then the titles naming it. */
  save(): Promise<void> {
    clearTimeout(this.#saveTimer)
    this.#dirty = false
    const text: SavedText | undefined =
      this.#textDirty && this.#text ? { format: FORMAT, generation: randomUUID(), sources: Object.fromEntries(this.#sources), terms: this.#terms, index: this.#text } : undefined
    if (text) this.#generation = text.generation
    this.#textDirty = false
    const saved: SavedDocs = { format: FORMAT, generation: this.#generation, ...encodeMeta(this.#meta) }
    const bodies = [text && JSON.stringify(text), JSON.stringify(saved)] as const
    this.#saving = this.#saving
      .catch(() => undefined)
      .then(async () => {
        if (bodies[0]) {
          await this.files.write(textFileOf(this.file), bodies[0]).catch((error: Error) => {
            this.#textDirty = true
            throw error
          })
        }
        await this.files.write(this.file, bodies[1])
      })
    return this.#saving
  }
}

/** A missing file reads as ENOENT, as `readFile` reports it (a fresh index, no complaint). */
async function readText(files: SealedFiles, path: string): Promise<string> {
  const text = await files.readText(path)
  if (text === undefined) throw Object.assign(new Error(`${path} does not exist`), { code: 'ENOENT' })
  return text
}

function hitOf(m: DocMeta): SearchHit {
  return { kind: m.kind, id: m.id, title: m.title, snippet: '', highlights: { title: [], snippet: [] }, ...(m.noteId ? { noteId: m.noteId } : {}), date: m.date }
}

function toHit(meta: DocMeta, terms: ReadonlySet<string>, textOf: TextOf): SearchHit {
  const text = textOf(meta)
  const cut = snippetOf(text, terms)
  const snippet = cut.snippet || (text.length > PLAIN_SNIPPET_CHARS ? `${text.slice(0, PLAIN_SNIPPET_CHARS).replace(/\s+\S*$/, '')}…` : text).replace(/\s/g, ' ')
  return { ...hitOf(meta), snippet, highlights: { title: matchRanges(meta.title, terms), snippet: cut.ranges } }
}
