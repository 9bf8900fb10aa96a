import { displayName, newContactDoc, readContact, type ContactDoc } from '../../shared/contacts/contact'
import { findDuplicates, type DuplicateCandidate } from '../../shared/contacts/duplicates'
import type { ImportDuplicate, ImportPreview, ImportProgress, ImportResult } from '../../shared/contacts/importTypes'
import { newId } from '../../shared/ids'
import { scalar } from '../../shared/notebook/scalar'
import type { PlaceDoc } from '../../shared/places/place'
import { allContactDocs } from '../contacts/readAll'
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
  // Rows are compared by address text as their place: same address, same building.
  const rows: DuplicateCandidate[] = plan.records.map((r) => ({ id: rowId(r.row), name: r.input.name ?? '', phones: r.input.phones ?? [], email: r.input.email ?? '', placeId: r.address ? `address:${r.address.toLowerCase()}` : '' }))
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
 * Imports a file: every row is read and checked first, then places and contacts are written
 * in one bulk write each, so a file that cannot be read leaves nothing behind.
 */
export async function commitImport(notebook: Notebook, file: ImportFile, options: CommitOptions = {}): Promise<ImportResult> {
  const progress = options.onProgress ?? (() => undefined)
  const plan = planImport(file, regionOf(notebook))
  progress({ phase: 'reading', done: plan.records.length, total: plan.records.length })
  const skip = new Set(options.skipDuplicates ? duplicatesOf(plan, await allContactDocs(notebook)).filter((d) => d.contactId).map((d) => d.row) : [])
  const records = plan.records.filter((r) => !skip.has(r.row))
  const now = Date.now()
  const { idOf, created } = await placesFor(notebook, records.map((r) => r.address), now)
  // Phones were normalized while checking the rows.
  const docs = records.map(({ input, address }) => {
    const doc = newContactDoc(newId(), { ...input, placeId: idOf.get(address) ?? '' }, now)
    if (options.reservoir) doc.cadence = scalar('reservoir')
    return doc
  })
  if (created.length) await notebook.putRecords<PlaceDoc>('places', created)
  await notebook.putRecords<ContactDoc>('contacts', docs, (done, total) => progress({ phase: 'writing', done, total }))
  progress({ phase: 'done', done: docs.length, total: docs.length })
  return { format: plan.format, imported: docs.length, skipped: skip.size, places: created.length, problems: plan.problems }
}
