import * as A from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import { newLeafletDoc, patchLeaflet, readLeaflet, type LeafletDoc } from './leaflet'

const made = (extra: Record<string, unknown> = {}) => A.from({ ...newLeafletDoc('l1', { title: 'Rent strike Sunday', campaignId: '' }, 1), ...extra } as unknown as Record<string, unknown>) as unknown as A.Doc<LeafletDoc>
const copies = (doc: A.Doc<LeafletDoc>) => readLeaflet(doc).copiesDistributed
const setCopies = (doc: A.Doc<LeafletDoc>, n: number) => A.change(doc, (d) => patchLeaflet(d, { copiesDistributed: n }, 2))

describe('copies distributed', () => {
  it('follows the totals typed on one device', () => {
    let doc = made()
    doc = setCopies(doc, 200)
    doc = setCopies(doc, 180)
    expect(copies(doc)).toBe(180)
  })

  it('adds up copies two comrades record at once, instead of keeping one of their totals', () => {
    const base = setCopies(made(), 100)
    const rosa = setCopies(A.clone(base), 300) // handed out 200 on Maple St
    const sam = setCopies(A.clone(base), 150) // handed out 50 at the bus stop
    expect(copies(A.merge(rosa, sam))).toBe(350)
  })

  it('reads and updates a leaflet that stored a plain number, and refuses a count that is not one', () => {
    let doc = made({ copiesDistributed: 40 })
    expect(copies(doc)).toBe(40)
    doc = setCopies(doc, 60)
    expect(copies(doc)).toBe(60)
    expect(() => setCopies(doc, -1)).toThrow(/whole number/)
    expect(() => setCopies(doc, 2.5)).toThrow(/whole number/)
    expect(copies(doc)).toBe(60)
  })
})
