import { inflateRawSync } from 'node:zlib'

const DOCUMENT = 0
const CHANGE = 1
const COMPRESSED_CHANGE = 2
const DEFLATE_BIT = 0x08

/** Reads unsigned LEB128 integers from a byte array. */
class Reader {
  at = 0
  constructor(readonly bytes: Uint8Array) {}
  uint(): number {
    let result = 0
    let shift = 0
    for (;;) {
      const byte = this.bytes[this.at++]!
      result += (byte & 0x7f) * 2 ** shift
      if (!(byte & 0x80)) return result
      shift += 7
    }
  }
  skip(n: number): void {
    this.at += n
  }
}

/**
 * The text of a stored Automerge chunk as its columns hold it (inflated where deflated): every
 * value, map key and inserted character, in column order, so a word written once, even one
 * character at a time and deleted since, reads whole. Document chunks (snapshots) and change
 * chunks (incremental saves, compressed or not) are read without loading the document.
 */
export function chunkText(chunk: Uint8Array): string {
  const type = chunk[8]
  const reader = new Reader(chunk)
  reader.skip(9)
  const length = reader.uint()
  const data = chunk.subarray(reader.at, reader.at + length)
  if (type === COMPRESSED_CHANGE) return Buffer.from(inflateRawSync(data)).toString('utf8')
  if (type === CHANGE) return Buffer.from(data).toString('utf8')
  if (type !== DOCUMENT) return ''
  return documentColumns(data)
}

function documentColumns(data: Uint8Array): string {
  const reader = new Reader(data)
  const actors = reader.uint()
  for (let i = 0; i < actors; i++) reader.skip(reader.uint())
  reader.skip(reader.uint() * 32)
  const columns: { deflated: boolean; length: number }[] = []
  for (let group = 0; group < 2; group++) {
    const count = reader.uint()
    for (let i = 0; i < count; i++) columns.push({ deflated: (reader.uint() & DEFLATE_BIT) !== 0, length: reader.uint() })
  }
  const parts: Buffer[] = []
  for (const { deflated, length } of columns) {
    const bytes = data.subarray(reader.at, reader.at + length)
    reader.skip(length)
    parts.push(deflated ? inflateRawSync(bytes) : Buffer.from(bytes))
  }
  return Buffer.concat(parts).toString('utf8')
}
