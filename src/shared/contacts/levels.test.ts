import { change, clone, from, merge, type Doc } from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ShardDoc } from '../notebook/schema'
import { newContactDoc, readContact, type ContactDoc } from './contact'
import { logInteraction, setLevel } from './contactMutations'
import { interactionLog } from './interactions'
import { levelHistory } from './levels'

const shard = (): Doc<ShardDoc<ContactDoc>> =>
  from<Record<string, unknown>>({ schemaVersion: 1, kind: 'contacts', shard: 0, records: { c1: newContactDoc('c1', { name: 'Rosa' }, 1) } }) as unknown as Doc<ShardDoc<ContactDoc>>

describe('levels per struggle and the interaction log', () => {
  it('keeps a dated history per campaign; the current level is the latest', () => {
    let doc = shard()
    doc = change(doc, (d) => setLevel(d, 'c1', 'rent', { level: 'intermediate', by: 'Ana', why: 'came to the meeting' }, 10, 'e1'))
    doc = change(doc, (d) => setLevel(d, 'c1', 'rent', { level: 'advanced', by: 'Ana', why: 'led the delegation' }, 20, 'e2'))
    doc = change(doc, (d) => setLevel(d, 'c1', 'wages', { level: 'backward' }, 15, 'e3'))
    expect(readContact(doc.records.c1!).levels).toEqual({ rent: 'advanced', wages: 'backward' })
    expect(levelHistory(doc.records.c1!, 'rent').map((e) => [e.level, e.at, e.by, e.why])).toEqual([
      ['intermediate', 10, 'Ana', 'came to the meeting'],
      ['advanced', 20, 'Ana', 'led the delegation'],
    ])
  })

  it('keeps both judgements made concurrently on two devices (the first ones for this person), and both agree on the current one', () => {
    const base = shard()
    const a = change(clone(base), (d) => setLevel(d, 'c1', 'rent', { level: 'advanced', by: 'Ana' }, 30, 'ea'))
    const b = change(clone(base), (d) => setLevel(d, 'c1', 'rent', { level: 'backward', by: 'Ben' }, 30, 'eb'))
    const ab = merge(clone(a), b)
    const ba = merge(clone(b), a)
    expect(levelHistory(ab.records.c1!, 'rent').map((e) => e.by)).toEqual(['Ana', 'Ben'])
    expect(readContact(ab.records.c1!).levels).toEqual(readContact(ba.records.c1!).levels)
    expect(readContact(ab.records.c1!).levels.rent).toBe('backward')
  })

  it('logs interactions on two devices at once and keeps them all, in time order', () => {
    const base = shard()
    const a = change(clone(base), (d) => logInteraction(d, 'c1', { kind: 'doorKnock', at: 50, outcome: 'reached', minutes: 10, by: 'Ana', note: 'Mold in 4B' }, 50, 'ia'))
    const b = change(clone(base), (d) => logInteraction(d, 'c1', { kind: 'call', at: 40, outcome: 'noAnswer', by: 'Ben' }, 40, 'ib'))
    const log = interactionLog(merge(a, b).records.c1!)
    expect(log.map((i) => [i.kind, i.outcome, i.by])).toEqual([
      ['call', 'noAnswer', 'Ben'],
      ['doorKnock', 'reached', 'Ana'],
    ])
    expect(log[1]).toMatchObject({ minutes: 10, note: 'Mold in 4B', promise: null })
  })
})
