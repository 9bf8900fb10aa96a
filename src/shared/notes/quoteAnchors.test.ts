import * as A from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import { addQuote, putNewNote, type NoteShard } from './noteMutations'
import { anchorQuote, anchorsForOldQuotes, requotes, setQuoteAnchors, setQuoteTexts } from './quoteAnchors'

const BODY = ['records', 'n1', 'body']
const SAID = 'She said the landlord only fixes things when we all complain.'
const QUOTED = 'the landlord only fixes things'

/** A note whose body reads SAID, with QUOTED marked as a quote the way the editor marks it (selection with a space either side). */
function markedNote(): A.Doc<NoteShard> {
  let doc = A.from({ schemaVersion: 1, kind: 'notes', shard: 0, records: {} }) as unknown as A.Doc<NoteShard>
  doc = A.change(doc, (d) => putNewNote(d, 'n1', {}, 1))
  doc = A.change(doc, (d) => A.splice(d, BODY, 1, 0, SAID))
  const at = String(doc.records.n1!.body).indexOf(QUOTED)
  const anchors = anchorQuote(doc, 'n1', at - 1, at + QUOTED.length + 1)
  return A.change(doc, (d) => addQuote(d, 'n1', 'q1', { text: QUOTED, anchors }, 2))
}
const edit = (doc: A.Doc<NoteShard>, words: string, insert: string) =>
  A.change(doc, (d) => A.splice(d, BODY, String(d.records.n1!.body).indexOf(words), 0, insert))
const refreshed = (doc: A.Doc<NoteShard>) => A.change(doc, (d) => setQuoteTexts(d, 'n1', requotes(doc, 'n1')))

describe('quote anchors', () => {
  it('follow words typed inside the quote, and nothing typed around it', () => {
    let doc = markedNote()
    doc = edit(doc, 'She said', 'Yesterday ')
    doc = edit(doc, ' when we', ', ever')
    expect(requotes(doc, 'n1')).toEqual([])
    doc = refreshed(edit(doc, 'only', 'really '))
    expect(doc.records.n1!.quotes.q1!.text).toBe('the landlord really only fixes things')
    expect(requotes(doc, 'n1')).toEqual([])
  })

  it('follow an edit inside the quote made on another device while this one typed before it', () => {
    const base = markedNote()
    const here = edit(base, 'She said', 'Rosa: ')
    const there = edit(A.clone(base), 'fixes', 'never ')
    const merged = refreshed(A.merge(here, there))
    expect(merged.records.n1!.quotes.q1!.text).toBe('the landlord only never fixes things')
  })

  it('shrink when the quote’s first or last words are deleted, and keep what was said when all are', () => {
    let doc = markedNote()
    const cut = (words: string) => (doc = A.change(doc, (d) => A.splice(d, BODY, String(d.records.n1!.body).indexOf(words), words.length)))
    cut('the landlord ')
    cut(' things')
    expect(requotes(doc, 'n1')).toEqual([{ quoteId: 'q1', text: 'only fixes' }])
    cut('only fixes')
    expect(requotes(doc, 'n1')).toEqual([])
  })

  it('leave quotes marked before anchors as they were, and refuse an anchor on blank space', () => {
    let doc = markedNote()
    doc = A.change(doc, (d) => addQuote(d, 'n1', 'q0', { text: 'She said' }, 3))
    doc = edit(doc, 'said', 'has ')
    expect(requotes(doc, 'n1')).toEqual([])
    expect(anchorQuote(doc, 'n1', 0, 1)).toBeNull()
  })

  it('are given to older quotes whose words appear once in the body, which then follow edits', () => {
    let doc = markedNote()
    doc = A.change(doc, (d) => {
      addQuote(d, 'n1', 'once', { text: 'we all complain' }, 3)
      addQuote(d, 'n1', 'gone', { text: 'words no longer in the body' }, 3)
    })
    doc = edit(doc, '.', ' and the landlord')
    doc = A.change(doc, (d) => addQuote(d, 'n1', 'twice', { text: 'the landlord' }, 3))
    const found = anchorsForOldQuotes(doc, 'n1')
    expect(found.map((f) => f.quoteId)).toEqual(['once'])
    doc = A.change(doc, (d) => setQuoteAnchors(d, 'n1', found))
    expect(anchorsForOldQuotes(doc, 'n1')).toEqual([])
    doc = refreshed(edit(doc, 'complain', 'loudly '))
    expect(doc.records.n1!.quotes.once!.text).toBe('we all loudly complain')
    expect(doc.records.n1!.quotes.gone!.text).toBe('words no longer in the body')
  })
})
