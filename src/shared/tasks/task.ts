import type { BaseRecord } from '../notebook/schema'
import type { Scalar } from '../notebook/scalar'

/** A task that can be completed start to finish, with one person responsible. */
export interface TaskDoc extends BaseRecord {
  title: Scalar
  assigneeContactId: Scalar
  due: number | null
  done: boolean
  campaignId: Scalar
  meetingId: Scalar
}
