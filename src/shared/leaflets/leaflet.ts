import type { Scalar } from '../notebook/scalar'

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
  copiesDistributed: number
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
