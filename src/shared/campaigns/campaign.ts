import type { BaseRecord } from '../notebook/schema'
import type { Scalar } from '../notebook/scalar'

export interface CampaignDoc extends BaseRecord {
  name: Scalar
  target: Scalar
  /** High tide: people in motion; low tide: consolidate and keep in touch. */
  tide: Scalar
  demands: Scalar[]
  description: string
}
