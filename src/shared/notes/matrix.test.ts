import { describe, expect, it } from 'vitest'
import { buildMatrix, cellKey } from './matrix'
import type { NoteRow, QuoteRow } from './noteRow'

const DAY = 86_400_000

function note(id: string, fields: Partial<NoteRow> = {}): NoteRow {
  return {
    id,
    date: 10 * DAY,
    placeId: 'maple',
    unit: '',
    contactIds: [],
    campaignIds: [],
    problems: [],
    target: '',
    stance: 'unknown',
    preview: '',
    quotes: [],
    followUp: null,
    updatedAt: 0,
    ...fields,
  }
}

const quote = (id: string, isObjection = false): QuoteRow => ({ id, text: id, contactId: '', use: 'public', attribution: '', isObjection })
const identity = (id: string) => id

describe('buildMatrix', () => {
  const rows = [
    note('n1', { problems: ['heat', 'mold'], target: 'greystone', contactIds: ['ana'], quotes: [quote('q1'), quote('q2', true)], date: 3 * DAY }),
    note('n2', { problems: ['heat'], target: 'greystone', contactIds: ['ana', 'bo'], quotes: [quote('q3')], date: 5 * DAY, campaignIds: ['rent'] }),
    note('n3', { problems: ['heat'], target: 'city', contactIds: ['cy'], placeId: 'harbor', date: 20 * DAY }),
    note('n4', { problems: ['mold'], target: 'greystone' }),
  ]

  it('counts conversations, distinct people, quotes and objections per problem × target', () => {
    const m = buildMatrix(rows, identity)
    const heatGrey = m.cells.get(cellKey('heat', 'greystone'))!
    expect(heatGrey).toMatchObject({ conversations: 2, people: 2, quotes: 3, objections: 1, noteIds: ['n2', 'n1'] })
    expect(heatGrey.objectionShare).toBeCloseTo(1 / 3)
    expect(heatGrey.quoteRefs).toEqual([
      { noteId: 'n2', quoteId: 'q3' },
      { noteId: 'n1', quoteId: 'q1' },
      { noteId: 'n1', quoteId: 'q2' },
    ])
    // n4 names nobody: it still counts as one person spoken to.
    expect(m.cells.get(cellKey('mold', 'greystone'))).toMatchObject({ conversations: 2, people: 2, objectionShare: 1 / 2 })
    expect(m.cells.get(cellKey('heat', 'city'))).toMatchObject({ conversations: 1, people: 1, quotes: 0, objectionShare: null })
    expect(m.maxConversations).toBe(2)
  })

  it('totals rows and columns counting each conversation once, sorted by conversations', () => {
    const m = buildMatrix(rows, identity)
    expect(m.problems.map((p) => [p.id, p.conversations, p.people])).toEqual([
      ['heat', 3, 3],
      ['mold', 2, 2],
    ])
    // n1 raises two problems against Greystone but is one conversation in that column.
    expect(m.targets.map((t) => [t.id, t.conversations, t.people, t.quotes])).toEqual([
      ['greystone', 3, 3, 3],
      ['city', 1, 1, 0],
    ])
    expect(m.total).toMatchObject({ conversations: 4, people: 4, quotes: 3, objections: 1 })
  })

  it('folds merged terms into their survivor without counting a note twice', () => {
    const merged = (id: string) => (id === 'damp' ? 'mold' : id === 'greystone-llc' ? 'greystone' : id)
    const m = buildMatrix([note('a', { problems: ['mold', 'damp'], target: 'greystone-llc', contactIds: ['x'] }), note('b', { problems: ['damp'], target: 'greystone' })], merged)
    expect([...m.cells.keys()]).toEqual([cellKey('mold', 'greystone')])
    expect(m.cells.get(cellKey('mold', 'greystone'))).toMatchObject({ conversations: 2, people: 2 })
    expect(m.problems).toHaveLength(1)
  })

  it('puts notes with no problem or no target under an empty id instead of dropping them', () => {
    const m = buildMatrix([note('a', { target: 'city' }), note('b', { problems: ['heat'] })], identity)
    expect(m.cells.get(cellKey('', 'city'))?.conversations).toBe(1)
    expect(m.cells.get(cellKey('heat', ''))?.conversations).toBe(1)
    expect(m.total.conversations).toBe(2)
  })

  it('filters by campaign, place and an inclusive date range', () => {
    expect(buildMatrix(rows, identity, { campaignId: 'rent' }).total.conversations).toBe(1)
    expect(buildMatrix(rows, identity, { placeId: 'harbor' }).problems.map((p) => p.id)).toEqual(['heat'])
    const dated = buildMatrix(rows, identity, { from: 5 * DAY, to: 10 * DAY })
    expect(dated.cells.get(cellKey('heat', 'greystone'))?.noteIds).toEqual(['n2'])
    expect(dated.total.conversations).toBe(2)
    expect(buildMatrix(rows, identity, { from: 30 * DAY }).cells.size).toBe(0)
  })

  it('is empty for no notes', () => {
    const m = buildMatrix([], identity)
    expect(m).toMatchObject({ problems: [], targets: [], maxConversations: 0, total: { conversations: 0, people: 0, objectionShare: null } })
  })
})
