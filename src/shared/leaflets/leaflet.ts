import type { Scalar } from '../notebook/scalar'

export const LEAFLET_STATUSES = ['draft', 'ready', 'printed', 'distributed'] as const
export type LeafletStatus = (typeof LEAFLET_STATUSES)[number]

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
  createdAt: number
  updatedAt: number
}
