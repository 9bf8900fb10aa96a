import * as A from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import { newContactDoc, readContact, type ContactDoc } from '../contacts/contact'
import { followFacts } from '../contacts/followUp'
import type { ShardDoc } from '../notebook/schema'
import { plainText } from '../richtext/plainText'
import { logConversation, unlogConversation } from './conversationLog'
import { addQuote, addToNoteList, putNewNote, removeQuote, setNoteDate, setNoteFollowUp, setNoteList, setNoteScalar, updateQuote, type NoteShard } from './noteMutations'
import { noteRow } from './noteRow'

const emptyShard = () => A.from({ schemaVersion: 1, kind: 'notes', shard: 0, records: {} }) as unknown as A.Doc<NoteShard>
const rowOf = (doc: A.Doc<NoteShard>, id = 'n1') => noteRow(doc.records[id]!)

describe('note mutations', () => {
  it('creates a sparse note with an empty rich-text body and the carried-over fields', () => {
    const doc = A.change(emptyShard(), (d) => putNewNote(d, 'n1', { date: 5, placeId: 'p1', campaignIds: ['c1'] }, 9))
    const stored = doc.records.n1!
    expect(Object.keys(stored).sort()).toEqual(['body', 'campaignIds', 'createdAt', 'date', 'id', 'placeId', 'quotes', 'updatedAt'])
    expect(A.spans(doc, ['records', 'n1', 'body'])).toHaveLength(1)
    expect(rowOf(doc)).toMatchObject({ date: 5, placeId: 'p1', campaignIds: ['c1'], stance: 'unknown', preview: '', quotes: [] })
  })

  it('sets and clears fields, and keeps lists free of repeats', () => {
    let doc = A.change(emptyShard(), (d) => putNewNote(d, 'n1', {}, 1))
    doc = A.change(doc, (d) => {
      setNoteScalar(d, 'n1', 'unit', ' 4B ', 2)
      setNoteScalar(d, 'n1', 'stance', 'eager', 2)
      setNoteList(d, 'n1', 'problems', ['t1', 't1', ' '], 2)
      addToNoteList(d, 'n1', 'problems', 't2', 2)
      addToNoteList(d, 'n1', 'problems', 't1', 2)
      setNoteDate(d, 'n1', 100, 3)
    })
    expect(rowOf(doc)).toMatchObject({ unit: '4B', stance: 'eager', problems: ['t1', 't2'], date: 100, updatedAt: 3 })
    doc = A.change(doc, (d) => setNoteScalar(d, 'n1', 'unit', '', 4))
    expect('unit' in doc.records.n1!).toBe(false)
  })

  it('refuses bad input with a clear message and changes nothing', () => {
    const doc = A.change(emptyShard(), (d) => putNewNote(d, 'n1', {}, 1))
    expect(() => A.change(doc, (d) => setNoteScalar(d, 'n1', 'stance', 'furious', 2))).toThrow(/Unknown stance “furious”/)
    expect(() => A.change(doc, (d) => addQuote(d, 'n1', 'q1', { text: '   ' }, 2))).toThrow(/Select the words/)
    expect(() => A.change(doc, (d) => addQuote(d, 'n1', 'q1', { text: 'x', use: 'loud' as never }, 2))).toThrow(/public, anonymous or private/)
    expect(() => A.change(doc, (d) => setNoteDate(d, 'n1', Number.NaN, 2))).toThrow(/not a date/)
    expect(doc.records.n1!.updatedAt).toBe(1)
  })

  it('marks, edits and removes quotes', () => {
    let doc = A.change(emptyShard(), (d) => putNewNote(d, 'n1', {}, 1))
    doc = A.change(doc, (d) => {
      addQuote(d, 'n1', 'q1', { text: ' The landlord laughed at us ', contactId: 'c1', use: 'anonymous' }, 2)
      addQuote(d, 'n1', 'q2', { text: 'Strikes never work', isObjection: true }, 2)
    })
    doc = A.change(doc, (d) => updateQuote(d, 'n1', 'q1', { use: 'public', attribution: 'Rosa, 4B', isObjection: false }, 3))
    expect(rowOf(doc).quotes).toEqual([
      { id: 'q1', text: 'The landlord laughed at us', contactId: 'c1', use: 'public', attribution: 'Rosa, 4B', isObjection: false },
      { id: 'q2', text: 'Strikes never work', contactId: '', use: 'private', attribution: '', isObjection: true },
    ])
    doc = A.change(doc, (d) => removeQuote(d, 'n1', 'q2', 4))
    expect(rowOf(doc).quotes.map((q) => q.id)).toEqual(['q1'])
  })

  it('keeps quotes two devices mark at the same time', () => {
    const base = A.change(emptyShard(), (d) => putNewNote(d, 'n1', {}, 1))
    const left = A.change(A.clone(base), (d) => addQuote(d, 'n1', 'qa', { text: 'a' }, 2))
    const right = A.change(A.clone(base), (d) => addQuote(d, 'n1', 'qb', { text: 'b' }, 2))
    expect(rowOf(A.merge(left, right)).quotes.map((q) => q.id).sort()).toEqual(['qa', 'qb'])
  })

  it('stores the follow-up promised, and reads the body as plain text', () => {
    let doc = A.change(emptyShard(), (d) => putNewNote(d, 'n1', {}, 1))
    doc = A.change(doc, (d) => {
      setNoteFollowUp(d, 'n1', { due: 50, what: 'bring the petition' }, 2)
      A.splice(d, ['records', 'n1', 'body'], 1, 0, 'Heat off')
    })
    doc = A.change(doc, (d) => setNoteFollowUp(d, 'n1', { due: 60, what: 'bring the petition and flyers' }, 3))
    expect(rowOf(doc).followUp).toEqual({ due: 60, what: 'bring the petition and flyers' })
    expect(plainText(doc.records.n1!.body)).toBe('Heat off')
    doc = A.change(doc, (d) => setNoteFollowUp(d, 'n1', null, 3))
    expect(rowOf(doc).followUp).toBeNull()
  })
})

describe('the conversation in each contact’s log', () => {
  const contacts = () => A.from({ schemaVersion: 1, kind: 'contacts', shard: 0, records: { c1: newContactDoc('c1', { name: 'Rosa' }, 1) } }) as unknown as A.Doc<ShardDoc<ContactDoc>>

  it('is one entry per note, rewritten as the note changes, carrying the promised follow-up', () => {
    let doc = A.change(contacts(), (d) => logConversation(d, 'c1', { noteId: 'n1', kind: 'doorKnock', date: 10, campaignId: 'rent', followUp: null }, 11))
    doc = A.change(doc, (d) => logConversation(d, 'c1', { noteId: 'n1', kind: 'doorKnock', date: 10, campaignId: 'rent', followUp: { due: 99, what: 'call back' } }, 12))
    const contact = readContact(doc.records.c1!)
    expect(contact.interactions).toHaveLength(1)
    expect(contact.interactions[0]).toMatchObject({ kind: 'doorKnock', outcome: 'reached', at: 10, campaignId: 'rent', promise: { due: 99, what: 'call back' } })
    expect(followFacts(contact).promiseDue).toBe(99)
    doc = A.change(doc, (d) => unlogConversation(d, 'c1', 'n1', 13))
    expect(readContact(doc.records.c1!).interactions).toEqual([])
  })

  it('logs the kind of conversation the note records: a picket line, a one-to-one, a meeting', () => {
    for (const kind of ['picket', 'oneToOne', 'meeting', 'doorKnock'] as const) {
      const doc = A.change(contacts(), (d) => logConversation(d, 'c1', { noteId: 'n1', kind, date: 10, campaignId: '', followUp: null }, 11))
      expect(readContact(doc.records.c1!).interactions[0]!.kind).toBe(kind)
    }
  })
})
