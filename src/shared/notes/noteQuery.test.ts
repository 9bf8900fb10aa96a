import { describe, expect, it } from 'vitest'
import { mentionChoices, mentionQuery } from './mentions'
import { EMPTY_NOTE_FILTER, EMPTY_QUOTE_FILTER, problemCounts, queryNotes, queryQuotes, type NoteNames } from './noteQuery'
import type { NoteRow, QuoteRow } from './noteRow'
import { splitNamePhone } from './quickContact'

const row = (id: string, date: number, extra: Partial<NoteRow> = {}): NoteRow => ({
  id, date, placeId: '', unit: '', contactIds: [], campaignIds: [], problems: [], target: '', stance: 'unknown', preview: '', quotes: [], followUp: null, updatedAt: date, ...extra,
})
const quote = (id: string, text: string, extra: Partial<QuoteRow> = {}): QuoteRow => ({ id, text, contactId: '', use: 'private', attribution: '', isObjection: false, ...extra })
const names: NoteNames = {
  place: (id) => ({ p1: 'Maple Court' })[id] ?? '',
  contact: (id) => ({ c1: 'Rosa Díaz' })[id] ?? '',
  term: (id) => ({ t1: 'Mould', t2: 'mold' })[id] ?? '',
  resolve: (id) => (id === 't2' ? 't1' : id),
}

describe('note lists', () => {
  const rows = [row('a', 1, { placeId: 'p1', problems: ['t2'] }), row('b', 3, { contactIds: ['c1'], campaignIds: ['rent'] }), row('c', 2, { preview: 'Heat off since October' })]

  it('shows the newest conversation first and filters by what the list shows', () => {
    expect(queryNotes(rows, EMPTY_NOTE_FILTER, names).map((r) => r.id)).toEqual(['b', 'c', 'a'])
    expect(queryNotes(rows, { ...EMPTY_NOTE_FILTER, text: 'maple' }, names).map((r) => r.id)).toEqual(['a'])
    expect(queryNotes(rows, { ...EMPTY_NOTE_FILTER, text: 'rosa diaz' }, names).map((r) => r.id)).toEqual(['b'])
    expect(queryNotes(rows, { ...EMPTY_NOTE_FILTER, text: 'heat october' }, names).map((r) => r.id)).toEqual(['c'])
    expect(queryNotes(rows, { ...EMPTY_NOTE_FILTER, campaignId: 'rent' }, names).map((r) => r.id)).toEqual(['b'])
  })

  it('puts the last touched first among conversations typed with one carried-over time', () => {
    const same = [row('x', 5, { updatedAt: 10 }), row('y', 5, { updatedAt: 30 }), row('z', 5, { updatedAt: 20 })]
    expect(queryNotes(same, EMPTY_NOTE_FILTER, names).map((r) => r.id)).toEqual(['y', 'z', 'x'])
  })

  it('finds a problem under its merged ids and counts each conversation once', () => {
    expect(queryNotes(rows, { ...EMPTY_NOTE_FILTER, problemId: 't1' }, names).map((r) => r.id)).toEqual(['a'])
    const counts = problemCounts([row('x', 1, { problems: ['t1', 't2'] }), row('y', 1, { problems: ['t2'] })], names.resolve)
    expect([...counts]).toEqual([['t1', 2]])
  })

  it('lists quotes across notes, filtered by words, objections and use', () => {
    const notes = [row('n1', 1, { quotes: [quote('q1', 'The rent went up again', { use: 'public' })] }), row('n2', 2, { quotes: [quote('q2', 'Unions are a scam', { isObjection: true })] })]
    expect(queryQuotes(notes, EMPTY_QUOTE_FILTER).map((h) => h.quote.id)).toEqual(['q2', 'q1'])
    expect(queryQuotes(notes, { ...EMPTY_QUOTE_FILTER, objectionsOnly: true }).map((h) => h.quote.id)).toEqual(['q2'])
    expect(queryQuotes(notes, { ...EMPTY_QUOTE_FILTER, use: 'public' }).map((h) => h.note.id)).toEqual(['n1'])
    expect(queryQuotes(notes, { ...EMPTY_QUOTE_FILTER, text: 'RENT' }).map((h) => h.quote.id)).toEqual(['q1'])
  })
})

describe('mentions typed in a body', () => {
  it('reads the mention being typed at the caret', () => {
    expect(mentionQuery('talked to @Ros')).toEqual({ trigger: '@', query: 'Ros', length: 4 })
    expect(mentionQuery('#')).toEqual({ trigger: '#', query: '', length: 1 })
    expect(mentionQuery('raised #rent hi')).toEqual({ trigger: '#', query: 'rent hi', length: 8 })
    expect(mentionQuery('mail me at a@b')).toBeNull()
    expect(mentionQuery('no mention here')).toBeNull()
  })

  it('offers matching names, and closes on ordinary text after a space', () => {
    const people = [{ id: 'c1', name: 'Rosa Díaz' }, { id: 'c2', name: 'Marcus Lee' }, { id: 'c3', name: 'Amarosa' }]
    expect(mentionChoices('ros', people)?.map((c) => c.id)).toEqual(['c1', 'c3'])
    expect(mentionChoices('rosa d', people)?.map((c) => c.id)).toEqual(['c1'])
    expect(mentionChoices('lee', people)?.map((c) => c.id)).toEqual(['c2'])
    expect(mentionChoices('zed', people)).toEqual([])
    expect(mentionChoices('zed was here', people)).toBeNull()
  })
})

describe('a contact typed in one go', () => {
  it('splits a trailing phone from the name', () => {
    expect(splitNamePhone(' Rosa  Díaz 212 555 0101')).toEqual({ name: 'Rosa Díaz', phone: '212 555 0101' })
    expect(splitNamePhone('+44 20 7946 0958')).toEqual({ name: '', phone: '+44 20 7946 0958' })
    expect(splitNamePhone('Flat 4B lady')).toEqual({ name: 'Flat 4B lady', phone: '' })
    expect(splitNamePhone('Unit 12')).toEqual({ name: 'Unit 12', phone: '' })
  })
})
