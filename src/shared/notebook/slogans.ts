import { newId } from '../ids'
import { scalar, str, type Scalar } from './scalar'
import type { NotebookRootDoc } from './schema'

/**
 * A slogan or demand in the notebook-wide library, stored as its own `slogan:<id>` key on
 * the root document (one key per entry, like terms). `campaignId` is empty for slogans
 * that belong to no campaign. Removing one marks it `removed` (a device that has not seen
 * the removal may still be editing it; its edit must not resurrect a half-deleted key).
 */
export interface SloganDoc {
  id: string
  kind: Scalar
  text: Scalar
  campaignId: Scalar
  createdAt: number
  removed?: boolean
}

export const SLOGAN_KINDS = ['slogan', 'demand'] as const
export type SloganKind = (typeof SLOGAN_KINDS)[number]

export interface Slogan {
  id: string
  kind: SloganKind
  text: string
  campaignId: string
  createdAt: number
}

/** A slogan goes on one line of a leaflet; longer text belongs in the leaflet itself. */
export const SLOGAN_MAX_CHARS = 400

type SloganKey = `slogan:${string}`
const keyOf = (id: string): SloganKey => `slogan:${id}`

function cleanText(text: string): string {
  const clean = text.trim().replace(/\s+/g, ' ')
  if (!clean) throw new Error('A slogan needs some words')
  if (clean.length > SLOGAN_MAX_CHARS) throw new Error(`A slogan is at most ${SLOGAN_MAX_CHARS} characters; this one has ${clean.length}`)
  return clean
}

function readSlogan(doc: SloganDoc): Slogan {
  const kind = str(doc.kind)
  return { id: doc.id, kind: kind === 'demand' ? 'demand' : 'slogan', text: str(doc.text), campaignId: str(doc.campaignId), createdAt: doc.createdAt ?? 0 }
}

/** Live slogans, oldest first; with `campaignId`, that campaign's plus the notebook-wide ones. */
export function listSlogans(root: NotebookRootDoc, campaignId?: string): Slogan[] {
  return Object.entries(root)
    .filter(([key, value]) => key.startsWith('slogan:') && value && !(value as SloganDoc).removed)
    .map(([, value]) => readSlogan(value as SloganDoc))
    .filter((s) => campaignId === undefined || s.campaignId === '' || s.campaignId === campaignId)
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
}

/** Adds a slogan (call inside a change); the same words already in the same campaign are reused. Returns its id. */
export function addSlogan(root: NotebookRootDoc, entry: { kind: SloganKind; text: string; campaignId?: string }, now = Date.now()): string {
  const text = cleanText(entry.text)
  const campaignId = entry.campaignId ?? ''
  const same = listSlogans(root).find((s) => s.campaignId === campaignId && s.text.toLocaleLowerCase() === text.toLocaleLowerCase())
  if (same) return same.id
  const id = newId()
  root[keyOf(id)] = { id, kind: scalar(entry.kind), text: scalar(text), campaignId: scalar(campaignId), createdAt: now }
  return id
}

export function editSlogan(root: NotebookRootDoc, id: string, patch: { text?: string; kind?: SloganKind; campaignId?: string }): void {
  const doc = root[keyOf(id)]
  if (!doc || doc.removed) throw new Error('No such slogan')
  if (patch.text !== undefined) doc.text = scalar(cleanText(patch.text))
  if (patch.kind !== undefined) doc.kind = scalar(patch.kind)
  if (patch.campaignId !== undefined) doc.campaignId = scalar(patch.campaignId)
}

export function removeSlogan(root: NotebookRootDoc, id: string): void {
  const doc = root[keyOf(id)]
  if (!doc) throw new Error('No such slogan')
  doc.removed = true
}
