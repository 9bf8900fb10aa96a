import { change, clone, from, merge, type Doc } from '@automerge/automerge'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ShardDoc } from '../notebook/schema'
import { newContactDoc, readContact, type ContactDoc } from './contact'
import { logInteraction, setContactList, setContactScalar, setLevel } from './contactMutations'
import { foldInto, markMerged, noteFolded, resolveMerged } from './merge'

type Shard = Doc<ShardDoc<ContactDoc>>
const shardOf = (...docs: ContactDoc[]): Shard =>
  from<Record<string, unknown>>({ schemaVersion: 1, kind: 'contacts', shard: 0, records: Object.fromEntries(docs.map((d) => [d.id, d])) }) as unknown as Shard

/** What the core does on merge: fold the old record into the survivor and leave a redirect. */
const mergeInto = (doc: Shard, keep: string, old: string, now: number): Shard =>
  change(doc, (d) => {
    foldInto(d.records[keep]!, d.records[old]!, now)
    markMerged(d.records[old]!, keep, now)
  })

/** What the core does when it sees an edit to a merged-away record. */
const foldLate = (doc: Shard, old: string, now: number): Shard =>
  change(doc, (d) => {
    const into = resolveMerged(old, (id) => readContact(d.records[id]!).mergedInto)
    if (foldInto(d.records[into]!, d.records[old]!, now)) noteFolded(d.records[old]!)
  })

const base = () =>
  shardOf(
    newContactDoc('keep', { name: 'Rosa Díaz', phones: ['+12125550101'], tags: ['tenant'] }, 10),
    newContactDoc('old', { name: 'Rosa Dias', email: 'rosa@example.org', phones: ['+12125550199'], tags: ['rent strike'], consent: { text: false } }, 5),
  )

describe('merging contacts', () => {
  it('folds fields, interactions and levels into the survivor and leaves a redirect', () => {
    let doc = base()
    doc = change(doc, (d) => logInteraction(d, 'old', { kind: 'call', at: 20, outcome: 'reached' }, 20, 'i1'))
    doc = change(doc, (d) => setLevel(d, 'old', 'rent', { level: 'advanced' }, 21, 'l1'))
    doc = mergeInto(doc, 'keep', 'old', 30)
    const kept = readContact(doc.records.keep!)
    expect(kept).toMatchObject({ name: 'Rosa Díaz', email: 'rosa@example.org', phones: ['+12125550101', '+12125550199'], tags: ['tenant', 'rent strike'], levels: { rent: 'advanced' }, createdAt: 5 })
    expect(kept.consent.text).toBe(false)
    expect(kept.interactions.map((i) => i.id)).toEqual(['i1'])
    expect(readContact(doc.records.old!).mergedInto).toBe('keep')
  })

  it('keeps edits made to the old record on another device that had not seen the merge', () => {
    const start = base()
    const a = mergeInto(clone(start), 'keep', 'old', 30)
    let b = clone(start)
    b = change(b, (d) => setContactScalar(d, 'old', 'email', 'rosa.d@example.org', 31))
    b = change(b, (d) => setContactList(d, 'old', 'phones', ['+12125550199', '+12125550123'], 31))
    b = change(b, (d) => logInteraction(d, 'old', { kind: 'doorKnock', at: 32, outcome: 'reached', note: 'Agreed to host a meeting' }, 32, 'late'))
    b = change(b, (d) => setLevel(d, 'old', 'rent', { level: 'intermediate' }, 33, 'lv'))
    for (const synced of [merge(clone(a), b), merge(clone(b), a)]) {
      const folded = foldLate(synced, 'old', 40)
      const kept = readContact(folded.records.keep!)
      expect(kept.email).toBe('rosa.d@example.org')
      expect(kept.phones).toEqual(['+12125550101', '+12125550199', '+12125550123'])
      expect(kept.interactions.map((i) => i.note)).toEqual(['Agreed to host a meeting'])
      expect(kept.levels).toEqual({ rent: 'intermediate' })
      expect(readContact(folded.records.old!).mergedInto).toBe('keep')
      // Seen once, folded once: folding again writes nothing.
      expect(foldLate(folded, 'old', 50)).toBe(folded)
    }
  })

  it('resolves two devices merging the pair in opposite directions to one survivor', () => {
    const start = base()
    const a = mergeInto(clone(start), 'keep', 'old', 30)
    const b = mergeInto(clone(start), 'old', 'keep', 30)
    const synced = merge(clone(a), b)
    const into = (id: string) => readContact(synced.records[id]!).mergedInto
    expect(resolveMerged('old', into)).toBe('keep')
    expect(resolveMerged('keep', into)).toBe('keep')
  })

  it('folding is idempotent and never loses a log entry or a phone of either record', () => {
    const entry = fc.record({ id: fc.uuid(), at: fc.integer({ min: 0, max: 1000 }) })
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 5 }), fc.array(entry, { maxLength: 5 }), fc.array(fc.constantFrom('+12125550101', '+12125550102', '+12125550103'), { maxLength: 3 }), (keepLog, oldLog, oldPhones) => {
        let doc = base()
        doc = change(doc, (d) => {
          for (const e of keepLog) logInteraction(d, 'keep', { kind: 'call', at: e.at, outcome: 'reached' }, 1, `k${e.id}`)
          for (const e of oldLog) logInteraction(d, 'old', { kind: 'text', at: e.at, outcome: 'noAnswer' }, 1, `o${e.id}`)
          setContactList(d, 'old', 'phones', oldPhones, 1)
        })
        const once = mergeInto(doc, 'keep', 'old', 2)
        const kept = readContact(once.records.keep!)
        expect(new Set(kept.interactions.map((i) => i.id))).toEqual(new Set([...keepLog.map((e) => `k${e.id}`), ...oldLog.map((e) => `o${e.id}`)]))
        for (const phone of oldPhones) expect(kept.phones).toContain(phone)
        expect(foldLate(once, 'old', 3)).toBe(once)
      }),
      { numRuns: 12 },
    )
  })
})
