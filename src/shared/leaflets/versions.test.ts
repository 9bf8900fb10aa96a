import * as A from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import { initRichText } from '../richtext/commands'
import { markerForSplit } from '../richtext/schema'
import { newLeafletDoc, type LeafletDoc } from './leaflet'
import { quotesInLeaflet } from './quotesInLeaflet'
import { diffVersions, leafletAt, listVersions, nameVersion, restoreVersion } from './versions'

const fresh = (): A.Doc<LeafletDoc> =>
  A.change(A.from(newLeafletDoc('l1', { title: 'Heat now', campaignId: 'c1' }, 1) as unknown as Record<string, unknown>), (d) => {
    initRichText(d, ['body'])
    initRichText(d, ['bodyB'])
  }) as unknown as A.Doc<LeafletDoc>

/** Heading, a bold word, a gathered quote and a bullet. */
function draft(doc: A.Doc<LeafletDoc>): A.Doc<LeafletDoc> {
  return A.change(doc, (d) => {
    A.splice(d, ['body'], 1, 0, 'No heat since October')
    A.mark(d, ['body'], { start: 4, end: 8, expand: 'after' }, 'strong', true)
    const end = () => d.body.length
    A.splitBlock(d, ['body'], end(), markerForSplit({ kind: 'gathered-quote', noteId: 'n1', quoteId: 'q1' }))
    A.splice(d, ['body'], end(), 0, '“We freeze” — a tenant on the 4th floor')
    A.splitBlock(d, ['body'], end(), markerForSplit({ kind: 'bullet', indent: 0 }))
    A.splice(d, ['body'], end(), 0, 'Meeting Sunday')
    A.updateBlock(d, ['body'], 0, markerForSplit({ kind: 'heading', level: 1 }))
  })
}

const named = (doc: A.Doc<LeafletDoc>, name: string) => {
  const heads = A.getHeads(doc)
  return A.change(doc, (d) => void nameVersion(d, name, heads, Date.now()))
}

describe('leaflet versions', () => {
  it('restores a named version as a new change, blocks and marks included, and the restore itself can be undone', () => {
    let doc = named(draft(fresh()), 'sent to print 3 May')
    const printed = A.spans(doc, ['body'])
    const [version] = listVersions(doc)
    expect(quotesInLeaflet(doc)).toEqual(new Set(['q1']))
    expect(version!.name).toBe('sent to print 3 May')

    doc = A.change(doc, (d) => {
      A.splice(d, ['body'], 1, 3, 'Still no')
      A.unmark(d, ['body'], { start: 0, end: d.body.length }, 'strong')
      A.splitBlock(d, ['body'], d.body.length, markerForSplit({ kind: 'paragraph' }))
      A.splice(d, ['body'], d.body.length, 0, 'Rent is due')
      d.title = new A.ImmutableString('Heat, finally?')
    })
    const edited = A.spans(doc, ['body'])
    expect(edited).not.toEqual(printed)

    doc = named(doc, 'before restoring')
    const historyBefore = A.getHistory(doc).length
    doc = A.change(doc, restoreVersion(doc, version!.heads, 5))
    expect(A.spans(doc, ['body'])).toEqual(printed)
    expect(String(doc.title)).toBe('Heat now')
    expect(A.getHistory(doc).length).toBeGreaterThan(historyBefore)
    expect(A.spans(leafletAt(doc, version!.heads), ['body'])).toEqual(printed)

    const before = listVersions(doc).find((v) => v.name === 'before restoring')!
    doc = A.change(doc, restoreVersion(doc, before.heads, 6))
    expect(A.spans(doc, ['body'])).toEqual(edited)
  })

  it('shows what changed since a version, word by word', () => {
    const doc = named(draft(fresh()), 'v1')
    const changed = A.change(doc, (d) => A.splice(d, ['body'], 1, 2, 'Still no'))
    const parts = diffVersions(leafletAt(changed, listVersions(changed)[0]!.heads), changed)
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['No'])
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['Still no'])
  })

  it('refuses a version without a name and writes nothing', () => {
    const doc = fresh()
    expect(() => A.change(doc, (d) => void nameVersion(d, '  ', A.getHeads(doc), 1))).toThrow(/needs a name/)
    expect(listVersions(doc)).toEqual([])
  })
})
