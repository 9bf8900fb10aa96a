import { describe, expect, it } from 'vitest'
import { newContactDoc } from '../contacts/contact'
import { contactRow } from '../contacts/contactRow'
import { DEFAULT_RULES } from '../contacts/followUp'
import { newLevelEntry } from '../contacts/levels'
import type { NoteRow } from '../notes/noteRow'
import { campaignDashboard, WEEK_MS, weekStart, type DashboardInput } from './dashboard'

const DAY = 86_400_000
const now = Date.UTC(2026, 10, 26, 12) // a Thursday
const monday = weekStart(now)
const person = (id: string, createdAt: number, ...levels: [string, 'advanced' | 'intermediate' | 'backward', number][]) =>
  contactRow({ ...newContactDoc(id, { name: id }, createdAt), ...Object.fromEntries(levels.map(([campaign, level, at], i) => [`level:${id}${i}`, newLevelEntry(campaign, level, at)])) })
const note = (id: string, date: number, problems: string[], campaignIds = ['rent']): NoteRow => ({
  id, date, placeId: '', unit: '', contactIds: [], campaignIds, problems, target: '', stance: '', preview: '', quotes: [], followUp: null, updatedAt: date,
})

const input = (over: Partial<DashboardInput> = {}): DashboardInput => ({
  campaignId: 'rent',
  startedAt: monday - 3 * WEEK_MS,
  contacts: [
    person('a', now - 100 * DAY, ['rent', 'intermediate', monday - 3 * WEEK_MS + DAY], ['rent', 'advanced', monday + DAY]),
    person('b', now - 100 * DAY, ['rent', 'backward', monday - WEEK_MS + DAY]),
    person('c', now - 10 * DAY, ['heat', 'advanced', monday - WEEK_MS]),
  ],
  notes: [note('n1', monday - 2 * WEEK_MS, ['mold', 'heat']), note('n2', monday + DAY, ['mold']), note('n3', monday, ['rats'], ['heat'])],
  leaflets: [{ title: 'Freeze the rent', campaignId: 'rent', copiesDistributed: 300 }, { title: '', campaignId: 'rent', copiesDistributed: 0 }, { title: 'Heat', campaignId: 'heat', copiesDistributed: 50 }],
  gatherings: [
    { kind: 'meeting', campaignId: 'rent', date: monday - 2 * WEEK_MS + DAY, came: 9 },
    { kind: 'action', campaignId: 'rent', date: monday + DAY, came: 4 },
    { kind: 'action', campaignId: 'heat', date: monday + DAY, came: 7 },
  ],
  problemName: (id) => id.toUpperCase(),
  rules: DEFAULT_RULES,
  now,
  ...over,
})

describe('campaignDashboard', () => {
  it('bins the campaign’s contacts, levels and conversations by week, Monday to Monday', () => {
    const d = campaignDashboard(input())
    expect(d.weeks).toEqual([3, 2, 1, 0].map((n) => monday - n * WEEK_MS))
    expect(d.contactsGained).toEqual([1, 0, 1, 0])
    expect(d.levels).toEqual({ advanced: [0, 0, 0, 1], intermediate: [1, 1, 1, 0], backward: [0, 0, 1, 1] })
    expect(d.conversations).toEqual([
      { problem: 'MOLD', counts: [0, 1, 0, 1] },
      { problem: 'HEAT', counts: [0, 1, 0, 0] },
    ])
    expect(d.copies).toEqual([{ leaflet: 'Freeze the rent', copies: 300 }, { leaflet: 'Untitled leaflet', copies: 0 }])
    expect(d.turnout).toEqual({ actions: [0, 0, 0, 4], meetings: [0, 9, 0, 0] })
  })

  it('counts follow-up health of the campaign’s people only', () => {
    // Both were met 100 days ago and never called: Ana (advanced, fortnightly) has gone cold; Ben
    // (backward, every 90 days) is overdue; Cy is in another campaign.
    expect(campaignDashboard(input()).followUp).toEqual({ due: 0, overdue: 1, cold: 1 })
  })

  it('keeps at most 52 weeks, and folds problems beyond the top five into “Other problems”', () => {
    const d = campaignDashboard(input({ startedAt: now - 400 * DAY, notes: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'].map((p, i) => note(`n${i}`, monday - i * DAY, [p])) }))
    expect(d.weeks).toHaveLength(52)
    expect(d.conversations.map((c) => c.problem)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'Other problems'])
    expect(d.conversations.at(-1)!.counts.reduce((a, b) => a + b)).toBe(2)
  })
})
