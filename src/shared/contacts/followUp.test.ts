import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { newContactDoc, readContact } from './contact'
import { contactRow } from './contactRow'
import { cadenceDays, DAY_MS, DEFAULT_RULES, followFacts, followStatus, inReservoir, nextContactAt, readRules, storedRules, todayQueue, withHighTide, type FollowFacts } from './followUp'
import { newInteractionDoc, OUTCOMES } from './interactions'
import { newLevelEntry, type Level } from './levels'

const NOW = new Date(2026, 10, 22, 12).getTime()
const facts = (over: Partial<FollowFacts> = {}): FollowFacts => ({
  createdAt: NOW - 100 * DAY_MS,
  cadence: 'intermediate',
  lastAt: null,
  lastOutcome: null,
  lastReachedAt: null,
  promiseDue: null,
  snoozedUntil: 0,
  doNotCall: false,
  ...over,
})

/** Someone to schedule: facts, and levels per campaign (none unless given). */
const who = (follow: FollowFacts, levels: Record<string, Level> = {}) => ({ follow, levels })

const time = fc.integer({ min: NOW - 400 * DAY_MS, max: NOW + 400 * DAY_MS })
const arbFacts = fc.record({
  createdAt: time,
  cadence: fc.constantFrom('core', 'advanced', 'intermediate', 'reservoir', 'backward' as const),
  lastAt: fc.option(time, { nil: null }),
  lastOutcome: fc.option(fc.constantFrom(...OUTCOMES), { nil: null }),
  lastReachedAt: fc.option(time, { nil: null }),
  promiseDue: fc.option(time, { nil: null }),
  snoozedUntil: fc.oneof(fc.constant(0), time),
  doNotCall: fc.boolean(),
})
const arbRules = fc.record({
  everyDays: fc.record({ core: fc.integer({ min: 1, max: 30 }), advanced: fc.integer({ min: 1, max: 60 }), intermediate: fc.integer({ min: 1, max: 90 }), reservoir: fc.integer({ min: 1, max: 180 }), backward: fc.integer({ min: 1, max: 365 }) }),
  retryDays: fc.integer({ min: 1, max: 14 }),
  coldAfterDays: fc.integer({ min: 1, max: 365 }),
  highTideEveryDays: fc.record({ core: fc.integer({ min: 0, max: 30 }), advanced: fc.integer({ min: 0, max: 60 }), intermediate: fc.integer({ min: 0, max: 90 }), reservoir: fc.integer({ min: 0, max: 180 }) }),
  highTide: fc.subarray(['rent', 'heat']).map((ids) => new Set(ids)),
})
const arbLevels = fc.dictionary(fc.constantFrom('rent', 'heat', 'mold'), fc.constantFrom('advanced', 'intermediate', 'backward', 'unknown' as const))
const arbPerson = fc.record({ follow: arbFacts, levels: arbLevels })

describe('follow-up engine', () => {
  it('uses the default cadences: core weekly, advanced fortnightly, intermediate monthly, reservoir every 8 weeks', () => {
    const reachedAt = NOW
    const next = (cadence: FollowFacts['cadence']) => (nextContactAt(who(facts({ cadence, lastAt: reachedAt, lastOutcome: 'reached', lastReachedAt: reachedAt })), DEFAULT_RULES) - reachedAt) / DAY_MS
    expect([next('core'), next('advanced'), next('intermediate'), next('reservoir')]).toEqual([7, 14, 30, 56])
  })

  it('reads stored rules over the defaults', () => {
    expect(readRules({ everyDays: { core: 3 }, coldAfterDays: 20 })).toEqual({ ...DEFAULT_RULES, everyDays: { ...DEFAULT_RULES.everyDays, core: 3 }, coldAfterDays: 20 })
  })

  it('stores only the rules that differ from the defaults, and reads back what it stored', () => {
    expect(storedRules(DEFAULT_RULES)).toEqual({})
    fc.assert(
      fc.property(arbRules, (rules) => {
        expect(readRules(storedRules(rules))).toEqual({ ...rules, highTide: new Set() })
      }),
    )
  })

  it('retries soon after no answer, and drops to the reservoir pace after a no', () => {
    expect(nextContactAt(who(facts({ lastAt: NOW, lastOutcome: 'noAnswer' })), DEFAULT_RULES)).toBe(NOW + 2 * DAY_MS)
    expect(nextContactAt(who(facts({ lastAt: NOW, lastOutcome: 'notInterested' })), DEFAULT_RULES)).toBe(NOW + 56 * DAY_MS)
  })

  it('tells due today, overdue, gone cold, snoozed and a late promise apart', () => {
    const state = (f: Partial<FollowFacts>) => followStatus(who(facts(f)), DEFAULT_RULES, NOW)
    expect(state({ lastAt: NOW - 30 * DAY_MS, lastOutcome: 'reached', lastReachedAt: NOW - 30 * DAY_MS }).state).toBe('due')
    expect(state({ lastAt: NOW - 40 * DAY_MS, lastOutcome: 'reached', lastReachedAt: NOW - 40 * DAY_MS }).state).toBe('overdue')
    expect(state({ lastAt: NOW - 90 * DAY_MS, lastOutcome: 'reached', lastReachedAt: NOW - 90 * DAY_MS }).state).toBe('cold')
    expect(state({ lastAt: NOW - 90 * DAY_MS, lastOutcome: 'reached', lastReachedAt: NOW - 90 * DAY_MS, snoozedUntil: NOW + DAY_MS }).state).toBe('snoozed')
    expect(state({ lastAt: NOW - 5 * DAY_MS, lastOutcome: 'reached', lastReachedAt: NOW - 5 * DAY_MS, promiseDue: NOW - 2 * DAY_MS })).toMatchObject({ state: 'overdue', promiseLate: true })
    expect(state({ lastAt: NOW - 5 * DAY_MS, lastOutcome: 'reached', lastReachedAt: NOW - 5 * DAY_MS }).state).toBe('scheduled')
  })

  it('never schedules before a snooze ends, and is snoozed exactly while the snooze runs', () => {
    fc.assert(
      fc.property(arbPerson, arbRules, (p, rules) => {
        const status = followStatus(p, rules, NOW)
        expect(status.next).toBeGreaterThanOrEqual(p.follow.snoozedUntil)
        expect(status.state === 'snoozed').toBe(p.follow.snoozedUntil > NOW)
      }),
    )
  })

  it('keeps a promise: the next date is never after a promised day unless snoozed past it', () => {
    fc.assert(
      fc.property(arbPerson, arbRules, ({ follow: f, levels }, rules) => {
        fc.pre(f.promiseDue !== null && f.snoozedUntil <= f.promiseDue)
        expect(nextContactAt(who(f, levels), rules)).toBeLessThanOrEqual(f.promiseDue!)
      }),
    )
  })

  it('logging any outcome now moves the next date past today-so-far, and a later contact never brings it earlier', () => {
    fc.assert(
      fc.property(arbPerson, arbRules, fc.constantFrom(...OUTCOMES), fc.integer({ min: 0, max: 30 * DAY_MS }), ({ follow: f, levels }, rules, outcome, later) => {
        const logged = (at: number) => who({ ...f, lastAt: at, lastOutcome: outcome, lastReachedAt: outcome === 'reached' ? at : f.lastReachedAt, promiseDue: null }, levels)
        expect(nextContactAt(logged(NOW), rules)).toBeGreaterThan(NOW)
        expect(nextContactAt(logged(NOW + later), rules)).toBeGreaterThanOrEqual(nextContactAt(logged(NOW), rules))
      }),
    )
  })

  it('queues only what is due, overdue or cold, late promises first, and filters by the comrade responsible', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(arbPerson, fc.constantFrom('Ana', 'Ben', '')), { maxLength: 40 }), arbRules, (list, rules) => {
        const rows = list.map(([person, owner], i) => ({ id: `c${i}`, owner, ...person, mergedInto: '' }))
        const queue = todayQueue(rows, rules, NOW)
        for (const { status } of queue) expect(['due', 'overdue', 'cold']).toContain(status.state)
        const late = queue.map((q) => q.status.promiseLate)
        expect(late).toEqual([...late].sort((a, b) => Number(b) - Number(a)))
        expect(todayQueue(rows, rules, NOW, 'Ana').every((q) => q.row.owner === 'Ana')).toBe(true)
      }),
    )
  })

  it('reads its facts from the record: the latest interaction, the latest reached, and its promise', () => {
    const doc = {
      ...newContactDoc('c1', { name: 'Rosa' }, 1),
      'log:a': { kind: { val: 'call' }, at: 10, outcome: { val: 'reached' } },
      'log:b': { kind: { val: 'call' }, at: 20, outcome: { val: 'noAnswer' }, promise: { due: 30 } },
    } as unknown as Parameters<typeof readContact>[0]
    expect(followFacts(readContact(doc))).toMatchObject({ lastAt: 20, lastOutcome: 'noAnswer', lastReachedAt: 10, promiseDue: 30 })
    expect(contactRow(doc).follow.lastReachedAt).toBe(10)
  })
})

describe('the tide rule', () => {
  const reached = (daysAgo: number, cadence: FollowFacts['cadence'] = 'intermediate') => facts({ cadence, lastAt: NOW - daysAgo * DAY_MS, lastOutcome: 'reached', lastReachedAt: NOW - daysAgo * DAY_MS })
  const campaigns = [{ id: 'rent', tide: 'high', archivedAt: 0 }, { id: 'heat', tide: 'low', archivedAt: 0 }, { id: 'old', tide: 'high', archivedAt: NOW - DAY_MS }]
  const rules = withHighTide(readRules({ highTideEveryDays: { intermediate: 10 } }), campaigns)

  it('follows up the people of a campaign at high tide at the high-tide pace, by their level in it', () => {
    expect([...rules.highTide]).toEqual(['rent'])
    expect(cadenceDays(reached(0), { rent: 'intermediate' }, rules)).toBe(10)
    expect(cadenceDays(reached(0, 'advanced'), { rent: 'advanced' }, rules)).toBe(7)
    expect(cadenceDays(reached(0, 'reservoir'), { rent: 'intermediate' }, rules)).toBe(28)
    expect(followStatus(who(reached(12), { rent: 'intermediate' }), rules, NOW).state).toBe('overdue')
    // The same person, judged only where the tide is low (or in an archived campaign), keeps the monthly pace.
    expect(followStatus(who(reached(12), { heat: 'intermediate', old: 'intermediate' }), rules, NOW).state).toBe('scheduled')
  })

  it('never slows anyone down, leaves the backward at their own pace, and does nothing at 0', () => {
    expect(cadenceDays(reached(0, 'core'), { rent: 'intermediate' }, rules)).toBe(7)
    expect(cadenceDays(reached(0, 'backward'), { rent: 'backward' }, rules)).toBe(90)
    expect(cadenceDays(reached(0), { rent: 'backward', heat: 'intermediate' }, rules)).toBe(30)
    const off = withHighTide(readRules({ highTideEveryDays: { intermediate: 0, advanced: 40 } }), campaigns)
    expect(cadenceDays(reached(0), { rent: 'intermediate' }, off)).toBe(30)
    expect(cadenceDays(reached(0, 'advanced'), { rent: 'advanced' }, off)).toBe(14)
  })

  it('stores the high-tide cadences sparse, never the tides themselves', () => {
    expect(storedRules(rules)).toEqual({ highTideEveryDays: { intermediate: 10 } })
    expect(readRules(storedRules(rules)).highTideEveryDays).toEqual(rules.highTideEveryDays)
  })

  it('puts the people of a high-tide campaign on Today sooner', () => {
    const row = contactRow({ ...newContactDoc('p', { name: 'Rosa' }, NOW - 90 * DAY_MS), 'level:a': newLevelEntry('rent', 'intermediate', NOW - 80 * DAY_MS), 'log:a': newInteractionDoc({ kind: 'call', at: NOW - 12 * DAY_MS, outcome: 'reached' }) })
    expect(todayQueue([row], readRules(undefined), NOW)).toEqual([])
    expect(todayQueue([row], rules, NOW).map((q) => q.row.id)).toEqual(['p'])
  })
})

describe('follow-up corrections', () => {
  const rules = DEFAULT_RULES
  const person = (input: Parameters<typeof newContactDoc>[1], extra: Record<string, unknown> = {}) =>
    ({ ...newContactDoc('c1', { name: 'Rosa', phones: ['+12125550101'], ...input }, NOW - 200 * DAY_MS), ...extra }) as unknown as Parameters<typeof contactRow>[0]
  const backward = { 'level:a': newLevelEntry('rent', 'backward', NOW - 100 * DAY_MS) }

  it('does not count the backward in the reservoir', () => {
    const row = contactRow(person({}, backward))
    expect(row.follow.cadence).not.toBe('reservoir')
    expect(inReservoir(row)).toBe(false)
    expect(inReservoir(contactRow(person({}, { cadence: { val: 'reservoir' } })))).toBe(true)
  })

  it('takes a person who said “do not call” off Today', () => {
    const due = { 'log:a': newInteractionDoc({ kind: 'call', at: NOW - 40 * DAY_MS, outcome: 'reached' }) }
    expect(todayQueue([contactRow(person({}, due))], rules, NOW)).toHaveLength(1)
    expect(todayQueue([contactRow(person({ consent: { call: false } }, due))], rules, NOW)).toEqual([])
  })

  it('retires a wrong number instead of bringing it back at the reservoir pace', () => {
    const wrong = { 'log:a': newInteractionDoc({ kind: 'call', at: NOW - 60 * DAY_MS, outcome: 'wrongNumber' }) }
    const row = contactRow(person({}, wrong))
    expect(followStatus(row, rules, NOW).state).toBe('retired')
    expect(todayQueue([row], rules, NOW)).toEqual([])
    // Reached again (met at the door, say), the person is back on the usual pace.
    const met = { ...wrong, 'log:b': newInteractionDoc({ kind: 'doorKnock', at: NOW - 40 * DAY_MS, outcome: 'reached' }) }
    expect(todayQueue([contactRow(person({}, met))], rules, NOW)).toHaveLength(1)
  })
})
