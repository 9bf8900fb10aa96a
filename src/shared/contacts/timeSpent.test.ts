import { describe, expect, it } from 'vitest'
import { DAY_MS } from './followUp'
import { roleOf, timeEntriesOf, timeTotals, weekOf, type TimeEntry, type TimePerson } from './timeSpent'

const MON = Date.UTC(2026, 10, 2)
const entry = (contactId: string, minutes: number, days: number, by = 'Ana', campaignId = ''): TimeEntry => ({ contactId, at: MON + days * DAY_MS, minutes, kind: 'call', by, campaignId })

describe('where our time goes', () => {
  const people = new Map<string, TimePerson>([
    ['adv', { levels: { rent: 'advanced' }, tags: [] }],
    ['mid', { levels: { rent: 'intermediate', heat: 'advanced' }, tags: [] }],
    ['boss', { levels: {}, tags: ['Officer'] }],
  ])

  it('adds minutes by level (in the interaction’s campaign), role, comrade and week, and reads them in one line', () => {
    const entries = [entry('adv', 40, 0), entry('mid', 20, 1, 'Ben', 'rent'), entry('boss', 40, 8, 'Ben'), entry('adv', 99, 40), entry('mid', 0, 2)]
    const totals = timeTotals(entries, people, { since: MON, until: MON + 30 * DAY_MS, label: 'this month' })
    expect(totals.minutes).toBe(100)
    expect(totals.byLevel).toEqual({ advanced: 40, intermediate: 20, backward: 0, unknown: 40 })
    expect(totals.byRole).toEqual({ base: 60, officers: 40 })
    expect(totals.byComrade).toEqual([['Ben', 60], ['Ana', 40]])
    expect(totals.byWeek).toEqual([[MON, 60], [MON + 7 * DAY_MS, 40]])
    expect(totals.reading).toBe('40% of our time this month went to the advanced; 40% to officers and staff.')
    expect(timeTotals([], people, { since: 0, until: 1, label: 'this week' }).reading).toMatch(/^No time logged this week/)
  })

  it('reads timed entries off a stored contact, and tells officers and staff from the base', () => {
    const record = { id: 'c1', 'log:a': { kind: { val: 'oneToOne' }, at: 5, outcome: { val: 'reached' }, minutes: 30, by: { val: 'Ana' } }, 'log:b': { kind: { val: 'call' }, at: 6, outcome: { val: 'noAnswer' } } }
    expect(timeEntriesOf(record)).toEqual([{ contactId: 'c1', at: 5, minutes: 30, kind: 'oneToOne', by: 'Ana', campaignId: '' }])
    expect(roleOf(['tenant'])).toBe('base')
    expect(roleOf([' Staff '])).toBe('officers')
    expect(weekOf(MON + 3 * DAY_MS)).toBe(MON)
  })
})
