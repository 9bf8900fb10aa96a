import type { BaseRecord } from '../notebook/schema'
import type { Scalar } from '../notebook/scalar'

export interface MeetingDoc extends BaseRecord {
  title: Scalar
  date: number
  placeId: Scalar
  campaignId: Scalar
  agenda: string
  signIns: Scalar[]
}
