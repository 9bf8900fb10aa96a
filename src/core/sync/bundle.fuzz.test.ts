import * as A from '@automerge/automerge'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HEADER_BYTES } from '../../shared/sync/bundleFormat'
import { fuzz } from '../../../test/support/fuzz'
import { readBundle } from './bundle'
import { DEFAULT_KDF_COST, sealBundle, type BundleKey } from './bundleCrypto'

const CLEAR =
  /^(This file is not a Massline notebook bundle|The bundle is truncated|This bundle has format \d+|This bundle is protected by (a passphrase|the notebook key)|The bundle asks for an unreasonable key derivation|Wrong passphrase for this bundle|This bundle was made with another notebook key|The bundle is damaged or was altered|The bundle decrypted but its contents are malformed)/
const KEY: BundleKey = { notebookSecret: new Uint8Array(32).fill(7) }
const PASSPHRASE: BundleKey = { passphrase: 'correct horse' }
const cheap = { opslimit: 1, memlimit: 8 * 1024 * 1024 }

/** Reads a bundle: it loads, or fails with one of the bundle's own sentences. */
function read(bytes: Uint8Array, key: BundleKey = KEY): void {
  try {
    readBundle(bytes, key)
  } catch (e) {
    expect(e).toBeInstanceOf(Error)
    expect((e as Error).message).toMatch(CLEAR)
  }
}

const ROOT = 'automerge:2ZnnsmxWqyRUkSc3h4Xt3sB2w9ua'
/** A bundle's plaintext: manifest length, manifest, documents. */
function plaintext(manifest: unknown, docs: Uint8Array[], length?: number): Uint8Array {
  const json = Buffer.from(JSON.stringify(manifest))
  const prefix = Buffer.alloc(4)
  prefix.writeUInt32BE(length ?? json.byteLength)
  return Buffer.concat([prefix, json, ...docs])
}
const doc = A.save(A.from({ name: 'Workplace committee', records: { a: { name: 'Rosa' } } }))
const manifest = { notebookId: 'n1', name: 'Committee', rootUrl: ROOT, exportedAt: 1, documents: [{ url: ROOT, bytes: doc.byteLength }] }
const VALID = sealBundle(plaintext(manifest, [doc]), KEY)

/** A valid bundle with bytes flipped, cut off or added. */
const damaged = fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 }), fc.constantFrom('flip', 'cut', 'append')).map(([at, byte, how]) => {
  const i = at % VALID.byteLength
  if (how === 'cut') return VALID.subarray(0, i)
  if (how === 'append') return Buffer.concat([VALID, Buffer.alloc(byte, byte)])
  const copy = Buffer.from(VALID)
  copy[i]! ^= byte
  return copy
})

/** Plaintexts that decrypt fine but lie: wrong lengths, odd manifests, documents that are not Automerge. */
const manifests = fc.record({
  notebookId: fc.oneof(fc.string(), fc.integer()),
  name: fc.string(),
  rootUrl: fc.constantFrom(ROOT, 'automerge:x', 'http://x'),
  exportedAt: fc.oneof(fc.integer(), fc.string()),
  documents: fc.array(fc.record({ url: fc.constantFrom(ROOT, 'automerge:y', 'x'), bytes: fc.oneof(fc.nat(3000), fc.integer({ min: -5, max: 2 ** 32 })) }), { maxLength: 4 }),
})
const lyingPlaintext = fc.oneof(
  fc.uint8Array({ maxLength: 500 }),
  fc.tuple(manifests, fc.array(fc.oneof(fc.constant(doc), fc.uint8Array({ maxLength: 300 })), { maxLength: 4 }), fc.option(fc.nat(2 ** 32 - 1))).map(([m, docs, length]) => plaintext(m, docs, length ?? undefined)),
)

describe('bundle file fuzzing', () => {
  it('read any bytes, or refuse them with the bundle sentence that fits', async () => {
    await fuzz(fc.uint8Array({ maxLength: 2_000 }), (bytes) => read(bytes))
    await fuzz(fc.uint8Array({ maxLength: 300 }).map((tail) => Buffer.concat([Buffer.from('MLBUNDLE'), tail])), (bytes) => read(bytes))
  })

  it('refuse a valid bundle with any byte flipped, cut short or lengthened', async () => {
    await fuzz(damaged, (bytes) => read(bytes))
  })

  it('refuse decrypted contents that are malformed, with one sentence, never a stack trace', async () => {
    await fuzz(lyingPlaintext.map((p) => sealBundle(p, KEY)), (bytes) => read(bytes))
  })

  it('refuse a header asking more key derivation work than an honest bundle, before doing any', async () => {
    const honest = sealBundle(plaintext(manifest, [doc]), PASSPHRASE, cheap)
    const asking = (opslimit: number, memlimit: number) => {
      const bytes = Buffer.from(honest)
      bytes.writeUInt32BE(opslimit, 10)
      bytes.writeUInt32BE(memlimit, 14)
      return bytes
    }
    for (const [ops, mem] of [
      [16, 1024 * 1024 * 1024],
      [DEFAULT_KDF_COST.opslimit + 1, DEFAULT_KDF_COST.memlimit],
      [DEFAULT_KDF_COST.opslimit, DEFAULT_KDF_COST.memlimit * 2],
      [0, 8192],
    ]) {
      const started = process.cpuUsage()
      expect(() => readBundle(asking(ops!, mem!), PASSPHRASE)).toThrow(/unreasonable key derivation/)
      expect(process.cpuUsage(started).user / 1000).toBeLessThan(1_000)
    }
    expect(HEADER_BYTES).toBeLessThan(honest.byteLength)
    expect(readBundle(honest, PASSPHRASE).manifest.name).toBe('Committee')
  })
})
