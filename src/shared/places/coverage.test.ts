import { describe, expect, it } from 'vitest'
import { coverage, type ContactAt, type NoteAt } from './coverage'
import type { Knock } from './knocks'
import type { Place } from './place'

const DAY = 86_400_000
const NOW = Date.UTC(2026, 5, 1)
let seq = 0
const knock = (unit: string, outcome: Knock['outcome'], daysAgo: number, noteId = ''): Knock => ({ id: `k${++seq}`, unit, outcome, at: NOW - daysAgo * DAY, by: '', noteId })
const building = (knocks: Knock[], units = ['1A', '1B', '2A', '2B', '3A', '3B']): Place => ({
  id: 'p',
  createdAt: 0,
  updatedAt: 0,
  kind: 'building',
  name: 'Maple Court',
  address: '',
  units,
  mergedInto: '',
  knocks: [...knocks].sort((a, b) => a.at - b.at),
})
const contact = (unit: string, extra: Partial<ContactAt> = {}): ContactAt => ({ id: `c${++seq}`, placeId: 'p', unit, ...extra })
const note = (unit: string, daysAgo: number, id = `n${++seq}`): NoteAt => ({ id, placeId: 'p', unit, date: NOW - daysAgo * DAY })

describe('coverage', () => {
  it('counts knocked units, conversations and contacts per floor and for the building', () => {
    const place = building([knock('1A', 'notHome', 5), knock('1A', 'conversation', 2), knock('1B', 'refused', 3), knock('2A', 'contact', 1, 'n-linked')])
    const result = coverage(place, [contact('apt 2a'), contact('1a'), contact('', {}), contact('3A', { mergedInto: 'x' }), { ...contact('1A'), placeId: 'other' }], [note('2A', 1, 'n-linked'), note('3B', 4), note('', 4)], { now: NOW })
    const [f1, f2, f3] = result.floors
    expect(result.floors.map((f) => f.label)).toEqual(['Floor 1', 'Floor 2', 'Floor 3'])
    expect(f1).toMatchObject({ units: expect.any(Array), knocked: 2, conversations: 1, contacts: 1 })
    // The contact made at 2A is the contact typed in for 2A, not a second one.
    expect(f2).toMatchObject({ knocked: 1, conversations: 1, contacts: 1 })
    // A note is a conversation at its unit even with no knock recorded.
    expect(f3).toMatchObject({ knocked: 1, conversations: 1, contacts: 0 })
    expect(result.totals).toMatchObject({ total: 6, knocked: 4, percent: 67, conversations: 4, contacts: 3, knocks: 4 })
    expect(result.noUnit).toEqual({ conversations: 1, contacts: 1 })
    expect(result.totals.byOutcome).toEqual({ notHome: 1, refused: 1, conversation: 1, contact: 1, movedOut: 0 })
    const latest = Object.fromEntries(result.units.map((u) => [u.unit, u.latest?.outcome ?? null]))
    expect(latest).toEqual({ '1A': 'conversation', '1B': 'refused', '2A': 'contact', '2B': null, '3A': null, '3B': 'conversation' })
  })

  it('counts a contact made at the door before anyone types the person in', () => {
    const result = coverage(building([knock('1A', 'contact', 1), knock('1B', 'contact', 1)]), [contact('1B'), contact('1B')], [], { now: NOW })
    expect(result.floors[0]).toMatchObject({ contacts: 3, conversations: 2 })
  })

  it('keeps knocks and contacts on units no longer listed, outside the percentage', () => {
    const result = coverage(building([knock('9Z', 'refused', 1)], ['1A']), [contact('9z')], [], { now: NOW })
    expect(result.units.map((u) => [u.unit, u.listed])).toEqual([['1A', true], ['9Z', false]])
    expect(result.totals).toMatchObject({ total: 1, knocked: 0, percent: 0, contacts: 1 })
    expect(result.floors.map((f) => f.label)).toEqual(['Floor 1', 'Floor 9'])
  })

  it('lists a workplace’s departments as one group', () => {
    const place: Place = { ...building([knock('Shipping', 'conversation', 1)], ['Shipping', 'Packing', '2nd shift']), kind: 'workplace' }
    const result = coverage(place, [], [], { now: NOW })
    expect(result.floors).toHaveLength(1)
    expect(result.floors[0]).toMatchObject({ label: 'Departments', units: expect.any(Array), knocked: 1 })
  })

  it('an empty place is 0% covered and every unit is next', () => {
    const result = coverage(building([], ['1A', '1B']), [], [], { now: NOW })
    expect(result.totals.percent).toBe(0)
    expect(result.next.map((n) => n.reason.kind)).toEqual(['never', 'never'])
    expect(coverage(building([], []), [], [], { now: NOW }).totals.percent).toBe(0)
  })
})

describe('next to knock', () => {
  it('lists never-knocked first, then not-home retries oldest first, then old refusals and move-outs, saying why', () => {
    const place = building(
      [
        knock('1A', 'notHome', 2),
        knock('1B', 'notHome', 9),
        knock('1B', 'notHome', 6),
        knock('2A', 'refused', 10),
        knock('2B', 'refused', 200),
        knock('3A', 'movedOut', 40),
        knock('3B', 'conversation', 1),
      ],
      ['1A', '1B', '2A', '2B', '3A', '3B', '4A', '4B'],
    )
    const result = coverage(place, [contact('4B')], [], { now: NOW })
    expect(result.next).toEqual([
      { unit: '4A', reason: { kind: 'never', contacts: 0 } },
      { unit: '4B', reason: { kind: 'never', contacts: 1 } },
      { unit: '1B', reason: { kind: 'notHome', since: NOW - 6 * DAY, tries: 2 } },
      { unit: '1A', reason: { kind: 'notHome', since: NOW - 2 * DAY, tries: 1 } },
      { unit: '2B', reason: { kind: 'refused', since: NOW - 200 * DAY } },
      { unit: '3A', reason: { kind: 'movedOut', since: NOW - 40 * DAY } },
    ])
  })

  it('honours the waiting times it is given', () => {
    const place = building([knock('1A', 'refused', 10), knock('1B', 'movedOut', 10)], ['1A', '1B'])
    expect(coverage(place, [], [], { now: NOW, retryRefusedAfterDays: 7, retryMovedOutAfterDays: 7 }).next.map((n) => n.unit)).toEqual(['1A', '1B'])
    expect(coverage(place, [], [], { now: NOW }).next).toEqual([])
  })

  it('a later not-home after a conversation counts tries from the conversation', () => {
    const place = building([knock('1A', 'conversation', 30), knock('1A', 'notHome', 3)], ['1A'])
    expect(coverage(place, [], [], { now: NOW }).next).toEqual([{ unit: '1A', reason: { kind: 'notHome', since: NOW - 3 * DAY, tries: 1 } }])
  })
})
