import { newId } from '../ids'
import type { NotebookRootDoc } from './schema'
import { scalar, str, type Scalar } from './scalar'

/**
 * The notebook-wide vocabularies that grow as people type: problems raised ("mould",
 * "rent hike") and targets (the landlord, employer or agency responsible). Notes refer to
 * terms by id, so a rename shows everywhere and a merge needs no rewrite of notes.
 *
 * Each term is its own `term:<id>` key on the root document, never an entry of a shared
 * nested map: two devices creating the same map at once would hide one side's entries.
 */
export const TERM_KINDS = ['problem', 'target'] as const
export type TermKind = (typeof TERM_KINDS)[number]

export interface TermDoc {
  id: string
  kind: Scalar
  name: Scalar
  createdAt: number
  /** Set when merged into another term; readers follow it. */
  mergedInto?: Scalar
}

export interface Term {
  id: string
  kind: TermKind
  name: string
}

type TermKey = `term:${string}`
const keyOf = (id: string): TermKey => `term:${id}`

function termDocs(root: NotebookRootDoc): TermDoc[] {
  return Object.entries(root)
    .filter(([key]) => key.startsWith('term:'))
    .map(([, value]) => value as TermDoc)
}

/** Live terms of a kind (merged ones left out), sorted by name. */
export function listTerms(root: NotebookRootDoc, kind: TermKind): Term[] {
  return termDocs(root)
    .filter((t) => str(t.kind) === kind && !t.mergedInto)
    .map((t) => ({ id: t.id, kind, name: str(t.name) }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

/** The live term an id stands for, following merges; undefined for an unknown id. */
export function resolveTerm(root: NotebookRootDoc, id: string): Term | undefined {
  const seen = new Set<string>()
  let doc = root[keyOf(id)]
  while (doc?.mergedInto && !seen.has(doc.id)) {
    seen.add(doc.id)
    doc = root[keyOf(str(doc.mergedInto))]
  }
  return doc && { id: doc.id, kind: str(doc.kind) as TermKind, name: str(doc.name) }
}

/** Every term id (merged ones too) → the name it reads as now, merges followed. */
export function termNames(root: NotebookRootDoc): Record<string, string> {
  return Object.fromEntries(termDocs(root).map((t) => [t.id, resolveTerm(root, t.id)?.name ?? '']))
}

/** id → live term id, for grouping counts by problem or target after merges. */
export function termResolver(root: NotebookRootDoc): (id: string) => string {
  return (id) => resolveTerm(root, id)?.id ?? id
}

/** Finds a live term by name (case and spacing ignored) or adds it; call inside a change. Returns its id. */
export function ensureTerm(root: NotebookRootDoc, kind: TermKind, name: string, now = Date.now()): string {
  const clean = name.trim().replace(/\s+/g, ' ')
  if (!clean) throw new Error(`A ${kind} needs a name`)
  const existing = listTerms(root, kind).find((t) => t.name.toLocaleLowerCase() === clean.toLocaleLowerCase())
  if (existing) return existing.id
  const id = newId()
  root[keyOf(id)] = { id, kind: scalar(kind), name: scalar(clean), createdAt: now }
  return id
}

export function renameTerm(root: NotebookRootDoc, id: string, name: string): void {
  const doc = root[keyOf(id)]
  const clean = name.trim().replace(/\s+/g, ' ')
  if (!doc) throw new Error('No such term')
  if (!clean) throw new Error('A name cannot be empty')
  doc.name = scalar(clean)
}

/** Folds terms into `keepId`; notes keep their ids and readers resolve them to the survivor. */
export function mergeTerms(root: NotebookRootDoc, keepId: string, mergeIds: readonly string[]): void {
  if (!root[keyOf(keepId)]) throw new Error('No such term')
  for (const id of mergeIds) {
    const doc = root[keyOf(id)]
    if (doc && id !== keepId) doc.mergedInto = scalar(keepId)
  }
}
