import { Counter } from '@automerge/automerge'
import { scalar, str, type Scalar } from '../notebook/scalar'
import { SCHEMA_VERSION } from '../notebook/schema'

export const LEAFLET_STATUSES = ['draft', 'ready', 'printed', 'distributed'] as const
export type LeafletStatus = (typeof LEAFLET_STATUSES)[number]

export const LEAFLET_LAYOUTS = ['letter', 'a4', 'half-letter', 'half-a4', 'bilingual-side', 'bilingual-back'] as const
export type LeafletLayout = (typeof LEAFLET_LAYOUTS)[number]

/** A leaflet is a document of its own (its rich-text body is edited collaboratively). */
export interface LeafletDoc {
  schemaVersion: number
  id: string
  title: Scalar
  campaignId: Scalar
  status: Scalar
  /**
   * A counter: an edit of the total adds its difference, so copies two comrades record at once
   * add up instead of one total replacing the other. A plain number on leaflets made before.
   */
  copiesDistributed: Counter | number
  /** Rich text: block markers and marks, see src/shared/richtext. */
  body: string
  /** Second-language body for the bilingual layouts (same rich-text format as `body`). */
  bodyB?: string
  /** Language tags of `body` and `bodyB`, e.g. 'en', 'es'. */
  langA?: Scalar
  langB?: Scalar
  /** One of LEAFLET_LAYOUTS; readers default to 'letter'. */
  layout?: Scalar
  createdAt: number
  updatedAt: number
}

/** The rich-text fields of a leaflet: the first language and, for bilingual layouts, the second. */
export const LEAFLET_TEXT_FIELDS = ['body', 'bodyB'] as const
export type LeafletTextField = (typeof LEAFLET_TEXT_FIELDS)[number]

export interface Leaflet {
  id: string
  title: string
  campaignId: string
  status: LeafletStatus
  copiesDistributed: number
  layout: LeafletLayout
  langA: string
  langB: string
  createdAt: number
  updatedAt: number
}

const oneOf = <T extends string>(values: readonly T[], value: string, fallback: T): T => ((values as readonly string[]).includes(value) ? (value as T) : fallback)

const copiesOf = (doc: Partial<LeafletDoc>): number => {
  const copies = Number(doc.copiesDistributed ?? 0)
  return Number.isFinite(copies) ? Math.max(0, Math.floor(copies)) : 0
}

/** Reads a leaflet with defaults for whatever is not stored (records are sparse). */
export function readLeaflet(doc: Partial<LeafletDoc> & Pick<LeafletDoc, 'id'>): Leaflet {
  return {
    id: doc.id,
    title: str(doc.title),
    campaignId: str(doc.campaignId),
    status: oneOf(LEAFLET_STATUSES, str(doc.status), 'draft'),
    copiesDistributed: copiesOf(doc),
    layout: oneOf(LEAFLET_LAYOUTS, str(doc.layout), 'letter'),
    langA: str(doc.langA),
    langB: str(doc.langB),
    createdAt: doc.createdAt ?? 0,
    updatedAt: doc.updatedAt ?? doc.createdAt ?? 0,
  }
}


/**
 * A new leaflet's fields. Both text fields are made with the document (initRichText on
 * each in the creating change), so two devices never race to create `bodyB` later.
 */
export function newLeafletDoc(id: string, start: { title: string; campaignId: string }, now: number): LeafletDoc {
  const title = start.title.trim().replace(/\s+/g, ' ')
  if (!title) throw new Error('A leaflet needs a title')
  return { schemaVersion: SCHEMA_VERSION, id, title: scalar(title), campaignId: scalar(start.campaignId), status: scalar('draft'), copiesDistributed: new Counter(0), body: '', bodyB: '', createdAt: now, updatedAt: now }
}

export type LeafletPatch = Partial<{ title: string; campaignId: string; status: LeafletStatus; copiesDistributed: number; layout: LeafletLayout; langA: string; langB: string }>

/** Edits a leaflet's scalar fields (call inside a change); bad values throw and change nothing. */
export function patchLeaflet(doc: LeafletDoc, patch: LeafletPatch, now: number): void {
  if (patch.title !== undefined && !patch.title.trim()) throw new Error('A leaflet needs a title')
  if (patch.status !== undefined && !(LEAFLET_STATUSES as readonly string[]).includes(patch.status)) throw new Error(`Unknown status “${patch.status}”`)
  if (patch.layout !== undefined && !(LEAFLET_LAYOUTS as readonly string[]).includes(patch.layout)) throw new Error(`Unknown layout “${patch.layout}”`)
  if (patch.copiesDistributed !== undefined && !(Number.isInteger(patch.copiesDistributed) && patch.copiesDistributed >= 0)) throw new Error('Copies distributed is a whole number, 0 or more')
  if (patch.title !== undefined) doc.title = scalar(patch.title.trim().replace(/\s+/g, ' '))
  for (const key of ['campaignId', 'status', 'layout', 'langA', 'langB'] as const) if (patch[key] !== undefined) doc[key] = scalar(patch[key].trim())
  if (patch.copiesDistributed !== undefined) {
    const copies = doc.copiesDistributed
    if (copies instanceof Counter) copies.increment(patch.copiesDistributed - copies.value)
    else doc.copiesDistributed = new Counter(patch.copiesDistributed)
  }
  doc.updatedAt = now
}
