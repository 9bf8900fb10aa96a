import { describe, expect, it } from 'vitest'
import { newContactDoc } from '../contacts/contact'
import { contactRow } from '../contacts/contactRow'
import { newLevelEntry } from '../contacts/levels'
import type { NoteRow } from '../notes/noteRow'
import type { Ask } from '../actions/action'
import type { SignIn } from '../meetings/meeting'
import type { MobilizationRecords } from './mobilizationFigures'
import { sumUpPrefill, type PrefillInput } from './sumUpPrefill'
import { sumUpLines } from './sumUpText'

const DAY = 86_400_000
const now = Date.UTC(2026, 10, 30)
const since = now - 14 * DAY
const person = (id: string, name: string, ...levels: [string, 'advanced' | 'intermediate' | 'backward', number][]) =>
  contactRow({ ...newContactDoc(id, { name }, now - 60 * DAY), ...Object.fromEntries(levels.map(([campaign, level, at], i) => [`level:${id}${i}`, newLevelEntry(campaign, level, at)])) })
const note = (id: string, date: number, campaignIds: string[], contactIds: string[], quotes = 0): NoteRow => ({
  id, date, placeId: '', unit: '', contactIds, campaignIds, problems: [], target: '', stance: '', preview: '', followUp: null, updatedAt: date,
  quotes: Array.from({ length: quotes }, (_, i) => ({ id: `${id}q${i}`, text: 'words', contactId: '', use: 'public' as const, attribution: '', isObjection: false })),
})
const signIns = (n: number): SignIn[] => Array.from({ length: n }, (_, i) => ({ contactId: `s${i}`, at: 0, firstTime: false, apparel: false, contributed: false }))
const asks = (came: number, other: number): Ask[] => [
  ...Array.from({ length: came }, (_, i): Ask => ({ contactId: `c${i}`, state: 'came', at: 0, by: '', firstTime: false })),
  ...Array.from({ length: other }, (_, i): Ask => ({ contactId: `o${i}`, state: 'committed', at: 0, by: '', firstTime: false })),
]

const mobilization: MobilizationRecords = {
  meetings: [
    { campaignId: 'rent', date: now - 20 * DAY, signIns: signIns(30) }, // before the last sum-up
    { campaignId: 'rent', date: now - 7 * DAY, signIns: signIns(12) },
    { campaignId: 'rent', date: now - 2 * DAY, signIns: signIns(9) },
    { campaignId: 'rent', date: now + 3 * DAY, signIns: [] }, // planned, not held yet
    { campaignId: 'heat', date: now - 3 * DAY, signIns: signIns(40) }, // another campaign
  ],
  actions: [
    { campaignId: 'rent', date: now - 5 * DAY, asks: asks(17, 6) },
    { campaignId: 'rent', date: now - 30 * DAY, asks: asks(4, 0) },
  ],
  tasks: [
    { campaignId: 'rent', status: 'done', closedAt: now - 3 * DAY },
    { campaignId: 'rent', status: 'done', closedAt: now - 4 * DAY },
    { campaignId: 'rent', status: 'done', closedAt: now - 40 * DAY },
    { campaignId: 'rent', status: 'dropped', closedAt: now - 1 * DAY },
    { campaignId: 'rent', status: 'open', closedAt: 0 },
    { campaignId: 'heat', status: 'done', closedAt: now - 1 * DAY },
  ],
}

const input = (over: Partial<PrefillInput> = {}): PrefillInput => ({
  campaignId: 'rent',
  startedAt: now - 90 * DAY,
  lastSumUp: { at: since, figures: null },
  contacts: [
    person('a', 'Ana', ['rent', 'intermediate', now - 40 * DAY], ['rent', 'advanced', now - 3 * DAY]),
    person('b', 'Ben', ['rent', 'intermediate', now - 5 * DAY]),
    person('c', 'Cy', ['heat', 'advanced', now - 5 * DAY]),
  ],
  notes: [note('n1', now - 30 * DAY, ['rent'], ['a'], 1), note('n2', now - 4 * DAY, ['rent'], ['b'], 2), note('n3', now - 4 * DAY, ['heat'], ['c'], 5)],
  leaflets: [{ title: 'Freeze the rent', campaignId: 'rent', copiesDistributed: 400, createdAt: now - 6 * DAY }],
  mobilization,
  now,
  ...over,
})

describe('sumUpPrefill', () => {
  it('counts what changed since the last sum-up: contacts, levels, who moved, conversations, leaflets', () => {
    const p = sumUpPrefill(input())
    expect(p.since).toBe(since)
    expect(p.contactsGained).toBe(1)
    expect(p.now.contacts).toBe(2)
    expect(p.now.levels).toEqual({ advanced: 1, intermediate: 1, backward: 0 })
    expect(p.moved).toEqual([
      { contactId: 'a', name: 'Ana', from: 'intermediate', to: 'advanced' },
      { contactId: 'b', name: 'Ben', from: 'new', to: 'intermediate' },
    ])
    expect([p.conversations, p.quotes, p.now.conversations, p.now.quotes]).toEqual([1, 2, 2, 3])
    expect(p.leafletsNew).toEqual(['Freeze the rent'])
  })

  it('fills meetings, turnout and tasks from the campaign’s meetings, actions and tasks', () => {
    const p = sumUpPrefill(input())
    expect(p.mobilization).toEqual({ meetings: 2, signedIn: 21, actions: 1, came: 17, tasksDone: 2, tasksDropped: 1, tasksOpen: 1 })
    // The figures kept with the sum-up are totals to date, for the next one to compare against.
    expect(p.now).toMatchObject({ meetings: 3, actions: 2, turnout: 30 + 12 + 9 + 17 + 4, tasksDone: 3, tasksDropped: 1 })
    const lines = Object.fromEntries(sumUpLines(p))
    expect(lines['Meetings and turnout']).toBe('2 meetings (21 signed in), 1 action (17 came)')
    expect(lines['Tasks done / dropped']).toBe('2 done, 1 dropped; 1 still open')
  })

  it('compares with the last sum-up’s figures, and counts from the campaign’s start for the first one', () => {
    const then = { ...sumUpPrefill(input()).now, contacts: 1, levels: { advanced: 0, intermediate: 1, backward: 0 } }
    const first = sumUpPrefill(input({ lastSumUp: null }))
    expect(first.since).toBe(now - 90 * DAY)
    expect(first.mobilization.meetings).toBe(3)
    const lines = Object.fromEntries(sumUpLines(sumUpPrefill(input({ lastSumUp: { at: since, figures: then } }))))
    expect(lines.Advanced).toBe('0 → 1')
    expect(lines['Contacts gained']).toBe('1 (1 → 2 in all)')
  })
})
