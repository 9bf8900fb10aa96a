import * as A from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ShardDoc } from '../notebook/schema'
import { agendaTemplate, DEFAULT_AGENDA, templateOf } from './agenda'
import { withoutTask, withoutTaskWarning } from './closeOut'
import { readMeeting, type MeetingDoc } from './meeting'
import { addPart, editPart, markSignIn, movePart, newMeetingDoc, removePart, runPart, signIn } from './meetingMutations'
import { formatLeft, runState } from './runSheet'
import { matchSignIn } from './signInMatch'
import { SIGN_IN_COLUMNS, signInSheetHtml } from './signInSheet'

let n = 0
const ids = () => `p${++n}`
const shard = () => A.from({ schemaVersion: 1, kind: 'meetings', shard: 0, records: {} }) as unknown as A.Doc<ShardDoc<MeetingDoc>>
const planned = () => A.change(shard(), (d) => void (d.records.m1 = newMeetingDoc('m1', { title: 'Maple Court mass meeting', date: 100, facilitators: ['Ana', ' ', 'Ana', 'Ben'] }, DEFAULT_AGENDA, 1, ids)))
const meeting = (doc: A.Doc<ShardDoc<MeetingDoc>>) => readMeeting(doc.records.m1!)

describe('mass meetings', () => {
  it('is built from the five-part agenda, each part with a time box', () => {
    const m = meeting(planned())
    expect(m.agenda.map((p) => p.kind)).toEqual(['bitterness', 'sumUp', 'planning', 'education', 'orientation'])
    expect(m.agenda.every((p) => p.minutes > 0)).toBe(true)
    expect(m.facilitators).toEqual(['Ana', 'Ben'])
  })

  it('edits, adds, moves and removes parts, and saves the agenda as a template', () => {
    let doc = planned()
    const [first, second] = meeting(doc).agenda
    doc = A.change(doc, (d) => editPart(d, 'm1', first!.id, { minutes: 10, leader: 'Rosa', notes: 'Two minutes each' }, 2))
    doc = A.change(doc, (d) => void addPart(d, 'm1', { kind: 'other', title: 'Dues', minutes: 5 }, 3, 'dues'))
    doc = A.change(doc, (d) => movePart(d, 'm1', second!.id, -1, 4))
    doc = A.change(doc, (d) => removePart(d, 'm1', 'dues', 5))
    const m = meeting(doc)
    expect(m.agenda[0]).toMatchObject({ id: second!.id })
    expect(m.agenda[1]).toMatchObject({ id: first!.id, minutes: 10, leader: 'Rosa', notes: 'Two minutes each' })
    expect(agendaTemplate(templateOf(m.agenda)).map((p) => p.title)).toEqual(m.agenda.map((p) => p.title))
    expect(agendaTemplate(undefined)).toBe(DEFAULT_AGENDA)
  })

  it('refuses a bad time box or an empty title and changes nothing', () => {
    const doc = planned()
    const part = meeting(doc).agenda[0]!.id
    expect(() => A.change(doc, (d) => editPart(d, 'm1', part, { minutes: 0 }, 2))).toThrow(/1 to 240 minutes/)
    expect(() => A.change(doc, (d) => editPart(d, 'm1', part, { title: ' ' }, 2))).toThrow(/needs a title/)
    expect(() => newMeetingDoc('m2', { title: '', date: 1 }, DEFAULT_AGENDA, 1)).toThrow(/needs a title/)
    expect(meeting(doc).agenda[0]!.minutes).toBe(20)
  })

  it('runs the agenda: the current part and the time left in its box', () => {
    let doc = planned()
    const [first, second] = meeting(doc).agenda
    expect(runState(meeting(doc), 0)).toBeNull()
    doc = A.change(doc, (d) => runPart(d, 'm1', first!.id, 1_000))
    expect(runState(meeting(doc), 1_000 + 5 * 60_000)).toMatchObject({ index: 0, next: { id: second!.id }, leftMs: 15 * 60_000 })
    expect(formatLeft(15 * 60_000 - 5_000)).toBe('14:55 left')
    expect(formatLeft(-65_000)).toBe('1:05 over')
    doc = A.change(doc, (d) => runPart(d, 'm1', null, 2_000))
    expect(runState(meeting(doc), 2_000)).toBeNull()
  })

  it('signs people in once, ticks apparel, and warns until everyone has a task', () => {
    let doc = planned()
    doc = A.change(doc, (d) => signIn(d, 'm1', 'c1', { at: 5, firstTime: true }, 5))
    doc = A.change(doc, (d) => signIn(d, 'm1', 'c2', { at: 6, firstTime: false }, 6))
    doc = A.change(doc, (d) => signIn(d, 'm1', 'c1', { at: 7, firstTime: false }, 7))
    doc = A.change(doc, (d) => markSignIn(d, 'm1', 'c2', 'apparel', true, 8))
    const m = meeting(doc)
    expect(m.signIns).toEqual([
      { contactId: 'c1', at: 5, firstTime: true, apparel: false, contributed: false },
      { contactId: 'c2', at: 6, firstTime: false, apparel: true, contributed: false },
    ])
    const tasks = [{ meetingId: 'm1', contactId: 'c1', status: 'open' }, { meetingId: 'm1', contactId: 'c2', status: 'dropped' }, { meetingId: 'other', contactId: 'c2', status: 'open' }]
    expect(withoutTask(m.signIns, tasks, 'm1').map((s) => s.contactId)).toEqual(['c2'])
    expect(withoutTaskWarning(1)).toBe('1 person left without a task')
    expect(withoutTaskWarning(3)).toBe('3 people left without a task')
    expect(withoutTaskWarning(0)).toBe('')
  })

  it('matches a sign-in to an existing contact by phone or a similar name in the same building', () => {
    const contacts = [
      { id: 'rosa', name: 'Rosa Díaz', phones: ['+12125550101'], email: '', placeId: 'maple' },
      { id: 'marcus', name: 'Marcus Lee', phones: ['+12125550999'], email: '', placeId: 'elm' },
    ]
    const entry = { name: 'R. Diaz', phone: '(212) 555-0101', placeId: '', unit: '', language: '', canCall: true }
    expect(matchSignIn(entry, contacts)[0]).toMatchObject({ id: 'rosa', reasons: ['same phone'] })
    expect(matchSignIn({ ...entry, name: 'Rosa Diaz', phone: '', placeId: 'maple' }, contacts)[0]).toMatchObject({ id: 'rosa' })
    expect(matchSignIn({ ...entry, name: 'Someone New', phone: '2125550000' }, contacts)).toEqual([])
  })

  it('prints a sign-in sheet with the five columns and escaped words', () => {
    const html = signInSheetHtml({ title: 'Rent <strike> meeting', subtitle: 'Thursday', lines: 3, paper: 'letter' }, (f) => `data:${f}`)
    for (const column of SIGN_IN_COLUMNS) expect(html).toContain(`>${column}</th>`)
    expect(html).toContain('Rent &#60;strike&#62; meeting')
    expect(html.match(/<tr>/g)).toHaveLength(4)
  })
})
