import type { DamagedDocument, DamagedPart, DamageReport } from '../../shared/damageContract'
import { REPAIR_ADVICE } from '../../shared/damageContract'
import { str } from '../../shared/notebook/scalar'
import type { NotebookRootDoc, RecordKind } from '../../shared/notebook/schema'
import type { QuarantineEntry } from '../storage/Quarantine'
import type { LedgerEntry } from './DamageLedger'

/** How a damaged document stands now, when it is loaded. */
export interface DocState {
  /** No heads: nothing of it could be read (its only snapshot was the damaged chunk). */
  heads: string[]
  /** Changes held back because the ones they build on are missing. */
  missingDeps: number
  has: (heads: string[]) => boolean
}

export interface DamageSources {
  entries: QuarantineEntry[]
  ledger: (documentId: string) => LedgerEntry | undefined
  rootId: string
  /** The root as loaded (undefined when it is what could not be read). */
  root: NotebookRootDoc | undefined
  /** The document as loaded in this run, if it is. */
  stateOf: (documentId: string) => DocState | undefined
  /** A leaflet's title, if it is loaded. */
  titleOf?: (documentId: string) => string | undefined
}

/** The document a chunk of the store belongs to; sync states and the store id hold nothing of the user's. */
export function chunkDocument(storageKey: string[]): string | undefined {
  return storageKey.length === 3 && (storageKey[1] === 'snapshot' || storageKey[1] === 'incremental') ? storageKey[0] : undefined
}

export function partOf(documentId: string, rootId: string, root: NotebookRootDoc | undefined): DamagedPart {
  if (documentId === rootId) return { kind: 'root' }
  if (!root) return { kind: 'unknown' }
  const url = `automerge:${documentId}`
  for (const [kind, urls] of Object.entries(root?.shards ?? {})) {
    const shard = urls.findIndex((u) => str(u) === url)
    if (shard >= 0) return { kind: 'shard', recordKind: kind as RecordKind, shard }
  }
  for (const [leafletId, u] of Object.entries(root?.leaflets ?? {})) if (str(u) === url) return { kind: 'leaflet', leafletId }
  return { kind: 'other' }
}

function labelOf(part: DamagedPart, title: string | undefined): string {
  switch (part.kind) {
    case 'root':
      return "the notebook's root document (its name, settings, vocabularies and list of leaflets)"
    case 'shard':
      return `${part.recordKind} shard ${part.shard}`
    case 'leaflet':
      return title ? `leaflet “${title}”` : `leaflet ${part.leafletId}`
    case 'other':
      return 'sync bookkeeping or a document this notebook does not list (nothing of yours is lost)'
    case 'unknown':
      return 'a document of this notebook (which one is known once the root is repaired)'
  }
}

/** Whether a damaged document's lost changes are back, as far as can be told. */
function isRecovered(part: DamagedPart, entry: LedgerEntry | undefined, state: DocState | undefined): boolean {
  if (part.kind === 'other' || entry?.recoveredAt !== undefined) return true
  if (!state || state.heads.length === 0 || state.missingDeps > 0) return false
  return entry?.expectedHeads ? state.has(entry.expectedHeads) : entry?.repairedBy !== undefined
}

/** Which documents (and so which records) may lack changes, from the quarantine and the ledger. */
export function damageReport(sources: DamageSources): DamageReport {
  const byDocument = new Map<string, QuarantineEntry[]>()
  for (const entry of sources.entries) {
    const id = chunkDocument(entry.storageKey) ?? '(store)'
    byDocument.set(id, [...(byDocument.get(id) ?? []), entry])
  }
  const documents: DamagedDocument[] = [...byDocument].map(([documentId, files]) => {
    const part = documentId === '(store)' ? ({ kind: 'other' } as const) : partOf(documentId, sources.rootId, sources.root)
    const entry = sources.ledger(documentId)
    const state = sources.stateOf(documentId)
    return {
      documentId,
      part,
      label: labelOf(part, sources.titleOf?.(documentId)),
      records: entry?.records ?? [],
      unreadable: state !== undefined && state.heads.length === 0,
      recovered: isRecovered(part, entry, state),
      files: files.map(({ from, kept, at, reason }) => ({ from, kept, at, reason })),
    }
  })
  documents.sort((a, b) => Number(a.recovered) - Number(b.recovered))
  return { documents, advice: REPAIR_ADVICE }
}

/** One line per document still lacking changes, for the CLI. */
export function damageLines(report: DamageReport, maxNames = 5): string[] {
  return report.documents
    .filter((d) => !d.recovered)
    .map((d) => {
      const names = d.records.slice(0, maxNames).map((r) => r.name || r.id)
      const more = d.records.length > maxNames ? ` and ${d.records.length - maxNames} more` : ''
      const which = d.records.length ? `: ${d.records.length} record(s) may lack changes (${names.join(', ')}${more})` : ''
      return `Damaged: ${d.label}${d.unreadable ? ' cannot be read until repaired' : ' may lack changes'}${which}`
    })
}
