import { displayName, newContactDoc, readContact, type ContactDoc } from '../../shared/contacts/contact'
import { findDuplicates, type DuplicateCandidate } from '../../shared/contacts/duplicates'
import type { ImportDuplicate, ImportMapping, ImportPreview, ImportProgress, ImportResult } from '../../shared/contacts/importTypes'
import { newId } from '../../shared/ids'
import { scalar } from '../../shared/notebook/scalar'
import type { PlaceDoc } from '../../shared/places/place'
import { placeIdFor } from '../../shared/places/placeId'
import { allContactDocs } from '../contacts/readAll'
import { batchRecordId } from '../imports/batchRecordId'
import { ImportJournal, whileActive, type ImportBatch } from '../imports/ImportJournal'
import type { Notebook } from '../notebook/Notebook'
import { placesFor } from './places'
import { planImport, type ImportFile, type ImportPlan } from './planImport'

const SAMPLE_ROWS = 20
const rowId = (row: number) => `row:${row}`

const candidateOf = (doc: ContactDoc): DuplicateCandidate => {
  const c = readContact(doc)
  return { id: c.id, name: c.name, phones: c.phones, email: c.email, placeId: c.placeId }
}

/** Rows that look like someone already in the notebook, or like an earlier row of the same file. */
function duplicatesOf(plan: ImportPlan, existing: ContactDoc[]): ImportDuplicate[] {
  const live = existing.filter((doc) => !doc.mergedInto)
  const names = new Map(live.map((doc) => [doc.id, displayName(readContact(doc))]))
  // A row's place is the building its address names (the id an import gives that building).
  const rows: DuplicateCandidate[] = plan.records.map((r) => ({ id: rowId(r.row), name: r.input.name ?? '', phones: r.input.phones ?? [], email: r.input.email ?? '', placeId: r.address ? (placeIdFor(r.address) ?? '') : '' }))
  const rowName = new Map(plan.records.map((r) => [rowId(r.row), r.input.name || r.input.phones?.[0] || r.input.email || '']))
  const found = new Map<number, ImportDuplicate>()
  for (const pair of findDuplicates([...live.map(candidateOf), ...rows])) {
    const [row, other] = pair.a.startsWith('row:') && (!pair.b.startsWith('row:') || pair.a > pair.b) ? [pair.a, pair.b] : [pair.b, pair.a]
    if (!row.startsWith('row:')) continue
    const n = Number(row.slice(4))
    if (found.has(n)) continue
    const inFile = other.startsWith('row:')
    found.set(n, { row: n, name: rowName.get(row)!, contactId: inFile ? '' : other, contactName: inFile ? `row ${other.slice(4)} of this file` : names.get(other)!, reason: pair.reasons.join(', ') })
  }
  return [...found.values()].sort((a, b) => a.row - b.row)
}

const regionOf = (notebook: Notebook) => notebook.root.doc().settings.defaultRegion

export async function previewImport(notebook: Notebook, file: ImportFile): Promise<ImportPreview> {
  const plan = planImport(file, regionOf(notebook))
  return {
    format: plan.format,
    source: plan.source,
    headers: plan.headers,
    mapping: plan.mapping,
    sample: plan.records.slice(0, SAMPLE_ROWS).map(({ row, input, address }) => ({ row, name: input.name ?? '', phones: input.phones ?? [], email: input.email ?? '', tags: input.tags ?? [], address, unit: input.unit ?? '' })),
    total: plan.total,
    valid: plan.records.length,
    problems: plan.problems,
    duplicates: duplicatesOf(plan, await allContactDocs(notebook)),
  }
}

export interface CommitOptions {
  /** Leave out rows that match someone already in the notebook (rows repeated within the file are kept). */
  skipDuplicates?: boolean
  /** File everyone in the reservoir (dormant, called every 8 weeks) instead of the monthly pace: for an old list. */
  reservoir?: boolean
  onProgress?: (progress: Omit<ImportProgress, 'importId'>) => void
}

/**
 * Imports a file: every row is read and checked first, so a file that cannot be read leaves
 * nothing behind. Then the batch is journaled (with its source) before its first record lands,
 * and places and contacts are written shard by shard: after a crash it can be finished or undone.
 */
export async function commitImport(notebook: Notebook, file: ImportFile, options: CommitOptions = {}): Promise<ImportResult> {
  const plan = planImport(file, regionOf(notebook))
  const journal = new ImportJournal(notebook)
  const batch = await journal.start(
    {
      id: newId(),
      kind: 'contacts',
      fileName: file.fileName,
      startedAt: Date.now(),
      total: plan.records.length,
      options: { mapping: file.mapping ?? {}, skipDuplicates: options.skipDuplicates === true, reservoir: options.reservoir === true },
      placeIds: [],
    },
    file.text,
  )
  return runContactsBatch(notebook, journal, batch, plan, options.onProgress)
}

/** The options a contacts batch was started with, as journaled. */
export const batchOptions = (batch: ImportBatch) => batch.options as { mapping: ImportMapping; skipDuplicates: boolean; reservoir: boolean }

/** Re-reads a journaled import's source exactly as it was planned the first time. */
export async function replan(notebook: Notebook, journal: ImportJournal, batch: ImportBatch): Promise<ImportPlan> {
  return planImport({ fileName: batch.fileName, text: await journal.source(batch.id), mapping: batchOptions(batch).mapping }, regionOf(notebook))
}

/**
 * Writes a contacts batch, or what is left of it: rows get ids fixed by the batch, so rows that
 * landed before a crash are found, not added twice, and duplicates are judged against everyone
 * but the batch itself (the same rows are skipped as the first time).
 */
export async function runContactsBatch(notebook: Notebook, journal: ImportJournal, batch: ImportBatch, plan: ImportPlan, onProgress?: CommitOptions['onProgress']): Promise<ImportResult> {
  const progress = onProgress ?? (() => undefined)
  const { skipDuplicates, reservoir } = batchOptions(batch)
  return whileActive(batch.id, async () => {
    progress({ phase: 'reading', done: plan.records.length, total: plan.records.length })
    const idOfRow = new Map(plan.records.map((r) => [r.row, batchRecordId(batch.id, r.row)]))
    const ours = new Set(idOfRow.values())
    const all = await allContactDocs(notebook)
    const landedBefore = all.filter((doc) => ours.has(doc.id)).length
    const duplicates = duplicatesOf(plan, all.filter((doc) => !ours.has(doc.id))).filter((d) => d.contactId)
    const skip = new Set(skipDuplicates ? duplicates.map((d) => d.row) : [])
    const records = plan.records.filter((r) => !skip.has(r.row))
    const now = Date.now()
    const { idOf, created } = await placesFor(notebook, records.map((r) => r.address), now)
    // Phones were normalized while checking the rows.
    const docs = records.map(({ row, input, address }) => {
      const doc = newContactDoc(idOfRow.get(row)!, { ...input, placeId: idOf.get(address) ?? '' }, now)
      if (reservoir) doc.cadence = scalar('reservoir')
      return doc
    })
    batch.total = docs.length
    batch.placeIds = [...new Set([...batch.placeIds, ...created.map((p) => p.id)])]
    await journal.save(batch)
    if (created.length) await notebook.putRecords<PlaceDoc>('places', created)
    await notebook.putRecords<ContactDoc>('contacts', docs, async (done, total) => {
      progress({ phase: 'writing', done, total })
      await journal.save({ ...batch, landed: Math.max(done, landedBefore) })
    })
    await journal.save({ ...batch, landed: docs.length, state: 'done' })
    progress({ phase: 'done', done: docs.length, total: docs.length })
    return { format: plan.format, importId: batch.id, imported: docs.length - landedBefore, skipped: skip.size, duplicates, places: created.length, problems: plan.problems }
  })
}
