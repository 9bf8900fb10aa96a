import type { Scalar } from './scalar'

/**
 * A slogan or demand in the notebook-wide library, stored as its own `slogan:<id>` key on
 * the root document (one key per entry, like terms). `campaignId` is empty for slogans
 * that belong to no campaign. Mutations live with the leaflets feature.
 */
export interface SloganDoc {
  id: string
  kind: Scalar
  text: Scalar
  campaignId: Scalar
  createdAt: number
}
