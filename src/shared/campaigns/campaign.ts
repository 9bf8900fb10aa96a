import type { BaseRecord } from '../notebook/schema'
import { str, strs, type Scalar } from '../notebook/scalar'

export const TIDES = ['low', 'high'] as const
export type Tide = (typeof TIDES)[number]

export const TIDE_LABELS: Record<Tide, string> = {
  high: 'High tide: people in motion',
  low: 'Low tide: consolidate, keep in touch',
}

export interface CampaignDoc extends BaseRecord {
  name: Scalar
  target: Scalar
  /** High tide: people in motion; low tide: consolidate and keep in touch. */
  tide: Scalar
  demands: Scalar[]
  description: string
}

export interface Campaign {
  id: string
  createdAt: number
  updatedAt: number
  name: string
  target: string
  tide: Tide
  demands: string[]
  description: string
}

/** Records are sparse: every field has a default. */
export function readCampaign(doc: Partial<CampaignDoc> & BaseRecord): Campaign {
  return {
    id: doc.id,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    name: str(doc.name),
    target: str(doc.target),
    tide: str(doc.tide) === 'high' ? 'high' : 'low',
    demands: strs(doc.demands),
    description: str(doc.description),
  }
}
