import { describe, expect, it } from 'vitest'
import type { NoteRow } from '../../shared/notes/noteRow'
import { filterGathered, NO_FILTER, problemCounts } from './gatheredFilter'

const row = (id: string, over: Partial<NoteRow>): NoteRow => ({ id, date: Date.parse('2025-05-03T12:00:00'), placeId: 'p1', unit: '4B', contactIds: [], campaignIds: ['c1'], problems: ['mould'], target: '', stance: 'eager', preview: '', quotes: [], followUp: null, updatedAt: 0, ...over })
const same = (id: string) => (id === 'damp' ? 'mould' : id)

describe('gathered material filter', () => {
  const rows = [
    row('a', { quotes: [{ id: 'q1', text: 'Mould in the baby’s room', contactId: '', use: 'public', attribution: '', isObjection: false }] }),
    row('b', { campaignIds: ['c2'], problems: ['damp'], date: Date.parse('2025-04-01T12:00:00'), preview: 'Rent went up again' }),
    row('c', { placeId: 'p2', problems: ['rent'] }),
  ]
  it('filters by campaign, problem (after merges), place, date and words', () => {
    const ids = (f: Partial<typeof NO_FILTER>) => filterGathered(rows, { ...NO_FILTER, ...f }, same).map((r) => r.note.id)
    expect(ids({ campaignId: 'c1' })).toEqual(['a', 'c'])
    expect(ids({ problemId: 'mould' })).toEqual(['a', 'b'])
    expect(ids({ placeId: 'p2' })).toEqual(['c'])
    expect(ids({ from: '2025-05-01', to: '2025-05-03' })).toEqual(['a', 'c'])
    expect(ids({ text: 'BABY' })).toEqual(['a'])
    expect(ids({ text: 'rent' })).toEqual(['b'])
  })
  it('counts conversations per problem', () => {
    expect(problemCounts(rows, same)).toEqual([{ problemId: 'mould', count: 2 }, { problemId: 'rent', count: 1 }])
  })
})
