import type { Block } from '../richtext/writeRichBody'
import type { SumUpPrefill } from './sumUpPrefill'

const day = (t: number) => new Date(t).toISOString().slice(0, 10)
const dash = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toLocaleString('en'))
const count = (n: number, noun: string) => `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`
const thenNow = (then: number | null | undefined, now: number | null) => (then === undefined || then === null ? dash(now) : `${dash(then)} → ${dash(now)}`)

/** The figures as lines, in the order the sum-up shows them (also its pre-filled text). */
export function sumUpLines(p: SumUpPrefill): [label: string, value: string][] {
  const { now, then, mobilization: m } = p
  const movers = p.moved.map((m) => `${m.name} (${m.from} → ${m.to})`).join(', ')
  return [
    ['Contacts gained', `${p.contactsGained} (${thenNow(then?.contacts, now.contacts)} in all)`],
    ['Advanced', thenNow(then?.levels.advanced, now.levels.advanced)],
    ['Intermediate', thenNow(then?.levels.intermediate, now.levels.intermediate)],
    ['Backward', thenNow(then?.levels.backward, now.levels.backward)],
    ['Who moved', p.movedCount ? `${movers}${p.movedCount > p.moved.length ? ` and ${p.movedCount - p.moved.length} more` : ''}` : 'nobody'],
    ['Conversations', `${p.conversations} (${p.quotes} quotes)`],
    ['Leaflets', `${p.leafletsNew.length ? p.leafletsNew.join(', ') : 'no new leaflet'}; copies out ${thenNow(then?.copies, now.copies)}`],
    ['Meetings and turnout', `${count(m.meetings, 'meeting')} (${m.signedIn} signed in), ${count(m.actions, 'action')} (${m.came} came)`],
    ['Tasks done / dropped', `${m.tasksDone} done, ${m.tasksDropped} dropped; ${m.tasksOpen} still open`],
  ]
}

/** A new sum-up's text: what changed since the last one, then the questions the collective answers. */
export function sumUpBlocks(p: SumUpPrefill): Block[] {
  return [
    { spec: { kind: 'heading', level: 2 }, text: `Since ${day(p.since)}` },
    ...sumUpLines(p).map(([label, value]): Block => ({ spec: { kind: 'bullet' }, text: `${label}: ${value}` })),
    { spec: { kind: 'heading', level: 2 }, text: 'What worked' },
    { spec: { kind: 'paragraph' }, text: '' },
    { spec: { kind: 'heading', level: 2 }, text: 'What didn’t' },
    { spec: { kind: 'paragraph' }, text: '' },
    { spec: { kind: 'heading', level: 2 }, text: 'Why, and what next' },
    { spec: { kind: 'paragraph' }, text: '' },
  ]
}
