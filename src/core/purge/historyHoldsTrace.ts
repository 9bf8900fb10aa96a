import { inflateRawSync } from 'node:zlib'
import * as A from '@automerge/automerge'
import type { Scrubber } from '../../shared/purge/scrubValue'

const COMPRESSED_CHANGE = 2

/** A change chunk's column data as text (inflated if the chunk is compressed): values, keys and inserted characters stand in it in order. */
function changeText(change: Uint8Array): string {
  // magic (4) | checksum (4) | chunk type (1) | length (uLEB128) | data
  let at = 9
  while (change[at]! & 0x80) at++
  const data = change.subarray(at + 1)
  return Buffer.from(change[8] === COMPRESSED_CHANGE ? inflateRawSync(data) : data).toString('utf8')
}

/**
 * Whether any change in a document's history wrote a purged id or word, even if a later change
 * removed it: a contact's old name, a reference since dropped, words typed then deleted. Each
 * change's raw columns are searched (keys, values and inserted characters are stored in order,
 * so text typed a character at a time reads as words there). A false hit only costs a rebuild.
 */
export function historyHoldsTrace(doc: A.Doc<unknown>, scrub: Scrubber): boolean {
  return A.getAllChanges(doc).some((change) => {
    const text = changeText(change)
    return scrub.holdsId(text) || scrub.text(text) !== text
  })
}
