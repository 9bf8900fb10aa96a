import type { BaseRecord } from '../notebook/schema'
import type { Scalar } from '../notebook/scalar'

/** A building with units, or a workplace with departments. */
export interface PlaceDoc extends BaseRecord {
  kind: Scalar
  name: Scalar
  address: Scalar
  /** Units (flats, or departments), in the order they are knocked. */
  units: Scalar[]
}
