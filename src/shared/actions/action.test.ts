import * as A from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import { contactRow } from '../contacts/contactRow'
import { newContactDoc, type ContactDoc } from '../contacts/contact'
import { DAY_MS } from '../contacts/followUp'
import { newInteractionDoc } from '../contacts/interactions'
import { newLevelEntry, type Level } from '../contacts/levels'
import type { ShardDoc } from '../notebook/schema'
import { readAction, type ActionDoc } from './action'
import { addToCallList, newActionDoc, setAsk } from './actionMutations'
import { callList } from './callList'
import { turnout, turnoutSeries } from './turnout'

const NOW = new Date(2026, 11, 3, 12).getTime()
function row(id: string, level: Level | null, extra: Partial<Parameters<typeof newContactDoc>[1]> = {}, logged: Record<string, unknown> = {}) {
  const doc = { ...newContactDoc(id, { name: id, phones: ['+12125550101'], ...extra }, NOW - 300 * DAY_MS), ...logged } as ContactDoc
  if (level) Object.assign(doc, { 'level:x': newLevelEntry('rent', level, NOW - 100 * DAY_MS) })
  return contactRow(doc)
}

describe('an action’s call list', () => {
  const rows = [
    row('adv', 'advanced', { placeId: 'maple', languages: ['Spanish'] }),
    row('mid', 'intermediate', { placeId: 'elm' }, { 'log:1': newInteractionDoc({ kind: 'call', at: NOW - 3 * DAY_MS, outcome: 'reached' }) }),
    row('back', 'backward'),
    row('quiet', null, { placeId: 'maple' }),
    row('res', null, {}, { cadence: { val: 'reservoir' } }),
    row('nocall', 'advanced', { consent: { call: false } }),
    row('wrong', 'advanced', {}, { 'log:1': newInteractionDoc({ kind: 'call', at: NOW - 5 * DAY_MS, outcome: 'wrongNumber' }) }),
    row('nophone', 'advanced', { phones: [] }),
  ]
  const ids = (list: { id: string }[]) => list.map((r) => r.id).sort()

  it('never draws on the backward, those who said not to call, wrong numbers or people with no phone', () => {
    expect(ids(callList(rows, 'rent', {}, NOW))).toEqual(['adv', 'mid', 'quiet', 'res'])
    expect(ids(callList(rows, '', {}, NOW))).toEqual(['adv', 'mid', 'quiet', 'res'])
  })

  it('filters by level, reservoir, place, language and last contact', () => {
    expect(ids(callList(rows, 'rent', { levels: ['advanced', 'intermediate'] }, NOW))).toEqual(['adv', 'mid'])
    expect(ids(callList(rows, 'rent', { reservoir: 'only' }, NOW))).toEqual(['res'])
    expect(ids(callList(rows, 'rent', { reservoir: 'without' }, NOW))).toEqual(['adv', 'mid', 'quiet'])
    expect(ids(callList(rows, 'rent', { placeId: 'maple' }, NOW))).toEqual(['adv', 'quiet'])
    expect(ids(callList(rows, 'rent', { language: 'spanish' }, NOW))).toEqual(['adv'])
    expect(ids(callList(rows, 'rent', { contactedWithinDays: 7 }, NOW))).toEqual(['mid'])
    expect(ids(callList(rows, 'rent', { quietForDays: 7 }, NOW))).toEqual(['adv', 'quiet', 'res'])
  })
})

describe('asks, commitments and turnout', () => {
  it('moves each person from asked to committed to came, and counts the turnout and first-timers', () => {
    let doc = A.from({ schemaVersion: 1, kind: 'meetings', shard: 0, records: {} }) as unknown as A.Doc<ShardDoc<ActionDoc>>
    expect(() => newActionDoc('a1', { title: 'Delegation', kind: 'march', date: NOW }, 1)).toThrow(/Unknown kind of action/)
    doc = A.change(doc, (d) => void (d.records.a1 = newActionDoc('a1', { title: 'Delegation to the landlord', kind: 'delegation', date: NOW, campaignId: 'rent', target: 'Acme Properties' }, 1)))
    doc = A.change(doc, (d) => void addToCallList(d, 'a1', ['c1', 'c2', 'c3', 'c4'], 2))
    doc = A.change(doc, (d) => {
      setAsk(d, 'a1', 'c1', 'asked', { by: 'Ana' }, 3)
      setAsk(d, 'a1', 'c2', 'committed', {}, 3)
      setAsk(d, 'a1', 'c3', 'came', { firstTime: true }, 4)
      setAsk(d, 'a1', 'c4', 'declined', {}, 4)
    })
    // Putting people on the list again leaves them where they stand.
    doc = A.change(doc, (d) => void addToCallList(d, 'a1', ['c3', 'c5'], 5))
    const action = readAction(doc.records.a1!)
    expect(action).toMatchObject({ title: 'Delegation to the landlord', kind: 'delegation', target: 'Acme Properties', campaignId: 'rent' })
    expect(turnout(action)).toEqual({ listed: 1, asked: 1, committed: 1, came: 1, declined: 1, firstTimers: 1 })
    expect(turnoutSeries([action])).toEqual([{ actionId: 'a1', title: 'Delegation to the landlord', campaignId: 'rent', date: NOW, asked: 4, committed: 2, came: 1, firstTimers: 1 }])
  })
})
