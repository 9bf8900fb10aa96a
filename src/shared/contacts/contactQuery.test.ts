import { describe, expect, it } from 'vitest'
import { newContactDoc } from './contact'
import { contactRow } from './contactRow'
import { EMPTY_FILTER, filterChoices, queryContacts } from './contactQuery'
import { DAY_MS, DEFAULT_RULES } from './followUp'

const NOW = new Date(2026, 10, 22, 12).getTime()
const row = (id: string, input: Parameters<typeof newContactDoc>[1], levels: Record<string, 'advanced' | 'backward'> = {}, createdAt = NOW) => ({ ...contactRow(newContactDoc(id, input, createdAt)), levels })
const rows = [
  row('a', { name: 'Rosa', tags: ['tenant'], owner: 'Ana', placeId: 'p1' }, { rent: 'advanced' }, NOW - 40 * DAY_MS),
  row('b', { name: 'amélie', tags: ['tenant', 'phone tree'], owner: 'Ben' }, { rent: 'backward' }),
  row('c', { name: 'Marcus', phones: ['+12125550101'], owner: 'Ana', placeId: 'p2' }),
  { ...row('d', { name: 'Rosa old' }), mergedInto: 'a' },
]
const q = (filter: Partial<typeof EMPTY_FILTER>, key: 'name' | 'next' = 'name', desc = false) => queryContacts(rows, { ...EMPTY_FILTER, ...filter }, { key, desc }, DEFAULT_RULES, NOW).map((r) => r.row.id)

describe('contacts table query', () => {
  it('sorts by name without regard to accents or case, and hides merged-away records', () => {
    expect(q({})).toEqual(['b', 'c', 'a'])
    expect(q({}, 'name', true)).toEqual(['a', 'c', 'b'])
  })

  it('filters by text, tag, owner, place, campaign level and follow-up state', () => {
    expect(q({ text: '555' })).toEqual(['c'])
    expect(q({ tag: 'tenant' })).toEqual(['b', 'a'])
    expect(q({ owner: 'Ana' })).toEqual(['c', 'a'])
    expect(q({ placeId: 'p2' })).toEqual(['c'])
    expect(q({ campaignId: 'rent' })).toEqual(['b', 'a'])
    expect(q({ campaignId: 'rent', level: 'advanced' })).toEqual(['a'])
    expect(q({ level: 'backward' })).toEqual(['b'])
    expect(q({ state: 'overdue' })).toEqual(['a'])
    expect(q({}, 'next')[0]).toBe('a')
  })

  it('lists the values to filter by', () => {
    expect(filterChoices(rows)).toEqual({ tags: ['phone tree', 'tenant'], owners: ['Ana', 'Ben'], campaigns: ['rent'], places: ['p1', 'p2'] })
  })
})
