import * as A from '@automerge/automerge'
import { encodeHeads, type DocHandle, type DocumentId, type Repo } from '@automerge/automerge-repo'
import type { PurgeEntry, PurgeMove } from '../../shared/purge/purgeLog'
import { redactor } from '../../shared/purge/redact'
import { scopeOfReplaced } from '../../shared/purge/scopeOfReplaced'
import { scrubber, scrubValue, type Path, type Scrubber } from '../../shared/purge/scrubValue'
import { anchorQuotes, historyBound } from './historyBound'
import { scrubSpans } from './rebuildDocument'

/** What happened to this device's edits to the documents one purge replaced. */
export interface Carried {
  /** Records (or leaflets) whose edits were carried onto the new documents. */
  records: number
  /** Edits to a purged record itself: not carried, they were about the purged person or thing. */
  dropped: number
}

export const NOTHING_CARRIED: Carried = { records: 0, dropped: 0 }

/**
 * Carries this device's edits to documents a purge replaced onto their new copies, before the
 * old ones are deleted: a member who edited while away (or while the purge ran) loses nothing
 * they typed. The edits since the purge's heads are read as the fields they touched; each
 * touched field is written, scrubbed as the purge scrubs, in a change made at the new
 * document's first heads, so it merges with what comrades wrote there since as any concurrent
 * edit does (text character by character). Edits to a purged record are dropped. What the
 * purge took out is read from the old documents themselves (`scopeOfReplaced`).
 */
export async function carryOver(repo: Repo, entry: PurgeEntry, retiring: ReadonlySet<string>, stopped: () => boolean = () => false): Promise<Carried> {
  const local: { move: PurgeMove; old: A.Doc<unknown> }[] = []
  for (const move of entry.moves ?? []) {
    if (!retiring.has(move.from)) continue
    const old = await localCopy(repo, move.from as DocumentId)
    if (old) local.push({ move, old })
  }
  const edited = local.filter(({ move, old }) => !sameHeads(A.getHeads(old), move.heads))
  if (!edited.length) return NOTHING_CARRIED

  const fresh = new Map<string, DocHandle<unknown>>()
  for (const { move } of local) fresh.set(move.into, await atHeads(repo, move.into as DocumentId, move.base, stopped))
  const scope = scopeOfReplaced(local.map(({ move, old }) => ({ before: viewAt(old, move.heads), after: A.view(fresh.get(move.into)!.doc() as A.Doc<unknown>, move.base) })))
  const scrub = scrubber(scope, redactor)
  const total = { records: 0, dropped: 0 }
  for (const { move, old } of edited) {
    const one = carryDocument(fresh.get(move.into)!, move, old, scrub)
    total.records += one.records
    total.dropped += one.dropped
  }
  return total
}

function carryDocument(handle: DocHandle<unknown>, move: PurgeMove, old: A.Doc<unknown>, scrub: Scrubber): Carried {
  // Without the purge's heads (this device missed changes the purger had), every field is compared.
  const since = A.hasHeads(old, move.heads) ? move.heads : []
  const base = A.view(handle.doc() as A.Doc<unknown>, move.base)
  const omit = historyBound(old)
  const writes: Path[] = []
  const records = new Set<string>()
  let dropped = 0
  for (const unit of touched(A.diff(old, since, A.getHeads(old)))) {
    const record = unit[0] === 'records' ? String(unit[1]) : String(unit[0])
    if (unit.some((key) => typeof key === 'string' && scrub.dropsKey(key)) || (unit[0] === 'records' && unit.length > 1 && scrub.isPurged(record))) {
      dropped++
      continue
    }
    const mine = JSON.stringify(plain(old, unit, scrub, omit))
    // Unchanged from the copy, or carried already (a second run after a crash).
    if (mine === JSON.stringify(plain(base, unit, scrub, omit)) || mine === JSON.stringify(plain(handle.doc() as A.Doc<unknown>, unit, scrub, omit))) continue
    writes.push(unit)
    records.add(record)
  }
  if (writes.length) {
    handle.changeAt(encodeHeads(move.base), (doc) => {
      for (const unit of writes) write(doc as A.Doc<unknown>, old, unit, scrub, omit)
    })
    handle.update((doc) => anchorQuotes(doc))
  }
  return { records: records.size, dropped }
}

/**
 * The fields the edits touched: `records/<id>/<field>` in a shard (a whole record when the
 * edit made it), a top-level key elsewhere. A path inside one already listed is left out.
 */
function touched(patches: A.Patch[]): Path[] {
  const units = new Map<string, Path>()
  for (const { path } of patches) {
    const unit = path.slice(0, path[0] === 'records' ? 3 : 1)
    units.set(JSON.stringify(unit), unit)
  }
  const all = [...units.values()].sort((a, b) => a.length - b.length)
  return all.filter((unit, i) => !all.slice(0, i).some((shorter) => shorter.length < unit.length && shorter.every((key, k) => unit[k] === key)))
}

/** The value at `path` as the purge would copy it (undefined when absent). */
function plain(doc: A.Doc<unknown>, path: Path, scrub: Scrubber, omit: (path: Path, key: string) => boolean): unknown {
  const value = valueAt(doc, path)
  return value === undefined ? undefined : scrubValue(value, scrub, { omit }, path)
}

function valueAt(doc: unknown, path: Path): unknown {
  let at: unknown = doc
  for (const key of path) at = at === null || typeof at !== 'object' ? undefined : (at as Record<string | number, unknown>)[key]
  return at
}

/** Writes this device's value at `path` into the new document: text as the edits that make it, maps key by key. */
function write(doc: A.Doc<unknown>, old: A.Doc<unknown>, path: Path, scrub: Scrubber, omit: (path: Path, key: string) => boolean): void {
  const parent = valueAt(doc, path.slice(0, -1)) as Record<string | number, unknown> | undefined
  const key = path[path.length - 1]!
  if (!parent || typeof parent !== 'object') return
  const mine = valueAt(old, path)
  if (mine === undefined) {
    delete parent[key]
  } else if (typeof mine === 'string') {
    if (typeof parent[key] !== 'string') parent[key] = ''
    const spans = A.spans(old, path)
    if (spans.some((s) => s.type === 'block' || (s.marks && Object.keys(s.marks).length))) A.updateSpans(doc, path, scrubSpans(spans, (t) => scrub.text(t, path), scrub))
    else A.updateText(doc, path, scrub.text(mine, path))
  } else if (isMap(mine)) {
    if (!isMap(parent[key])) parent[key] = {}
    const theirs = parent[key] as Record<string, unknown>
    for (const k of Object.keys(theirs)) if (!(k in mine) && !omit(path, k)) delete theirs[k]
    for (const k of Object.keys(mine)) if (!scrub.dropsKey(k) && !omit(path, k)) write(doc, old, [...path, k], scrub, omit)
  } else {
    parent[key] = scrubValue(mine, scrub, {}, path)
  }
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof A.ImmutableString) && !(value instanceof A.Counter) && !(value instanceof Date) && !(value instanceof Uint8Array)

const sameHeads = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && [...a].sort().join() === [...b].sort().join()

const viewAt = (doc: A.Doc<unknown>, heads: string[]): A.Doc<unknown> => (A.hasHeads(doc, heads) ? A.view(doc, heads) : doc)

/** The old document as this device holds it, in memory or on disk; undefined if it never had it. */
async function localCopy(repo: Repo, id: DocumentId): Promise<A.Doc<unknown> | undefined> {
  const handle = repo.handles[id]
  if (handle?.isReady()) return handle.doc() as A.Doc<unknown>
  return (await repo.storageSubsystem?.loadDoc<unknown>(id)) ?? undefined
}

/** The new document, once it holds at least the heads the purge made it with (it may still be arriving from a peer). */
async function atHeads(repo: Repo, id: DocumentId, heads: string[], stopped: () => boolean, timeoutMs = 60_000): Promise<DocHandle<unknown>> {
  const handle = await repo.find<unknown>(id)
  const deadline = Date.now() + timeoutMs
  while (!A.hasHeads(handle.doc() as A.Doc<unknown>, heads)) {
    if (Date.now() > deadline || stopped()) throw new Error(`the new copy ${id} of a purged document did not arrive`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return handle
}
