import { createHash } from 'node:crypto'

/**
 * The id of the record a batch writes for one of its rows: fixed by the batch, so running the
 * batch again (finishing it after a crash) finds what already landed instead of adding it twice.
 * Shaped like the random UUIDs of records made by hand.
 */
export function batchRecordId(batchId: string, row: number): string {
  const hex = createHash('sha256').update(`${batchId}:${row}`).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
