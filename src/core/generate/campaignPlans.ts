import { Faker, en, base } from '@faker-js/faker'
import type { CampaignDoc } from '../../shared/campaigns/campaign'
import type { CandidateDoc } from '../../shared/campaigns/candidate'
import { mobilizationFigures } from '../../shared/campaigns/mobilizationFigures'
import { DEMAND_STATUSES, type SumUpFigures } from '../../shared/campaigns/plan'
import { CRITERIA, VERDICTS, type Verdict } from '../../shared/campaigns/ripeness'
import { sumUpBlocks } from '../../shared/campaigns/sumUpText'
import type { ContactDoc } from '../../shared/contacts/contact'
import { levelEntries, newLevelEntry, type Level } from '../../shared/contacts/levels'
import { isActionRecord, readAction, type ActionDoc } from '../../shared/actions/action'
import { readMeeting, type MeetingDoc } from '../../shared/meetings/meeting'
import type { NoteDoc } from '../../shared/notes/note'
import { scalar, str, strs } from '../../shared/notebook/scalar'
import type { Block } from '../../shared/richtext/writeRichBody'
import { readTask, type TaskDoc } from '../../shared/tasks/task'
import * as words from './vocabulary'

const DAY = 86_400_000
const MEMBERS = words.COMRADES.slice(0, 3)
const JUDGED: Level[] = ['advanced', 'intermediate', 'backward', 'unknown']
const TACTICS = ['Petition signed door to door', 'Speak-out in the lobby', 'Delegation to the management office', 'Rent strike vote', 'Picket at the owner’s office']
const REFORMISTS = ['Tenants Advisory Council', 'Neighbourhood Legal Aid', 'City Councillor’s office', 'Workers’ Centre hotline']
const SUMUP_TEXT = {
  worked: ['The petition reached every floor; people signed at the door.', 'Calling back within a week kept the new contacts warm.', 'Bringing the quotes back in the leaflet got people talking.'],
  didnt: ['We missed the night shift entirely.', 'Follow-up calls slipped for the reservoir.', 'Only two comrades speak Spanish, and half the building does.'],
  next: ['Build a floor captain on each floor before the delegation.', 'Pair each new contact with a comrade for calls.', 'Hold the next meeting in Spanish and English.'],
}

export interface PlannedCampaigns {
  candidates: CandidateDoc[]
  /** The rich text of each sum-up, by campaign id and sum-up id (written in the change that stores the campaign). */
  sumUpBodies: Map<string, [sumUpId: string, blocks: Block[]][]>
}

interface World {
  campaigns: { doc: CampaignDoc; targetId: string }[]
  contacts: ContactDoc[]
  notes: NoteDoc[]
  gatherings: (MeetingDoc | ActionDoc)[]
  tasks: TaskDoc[]
  now: number
  seed: number
}

/**
 * The campaigns as a collective would have kept them: the people of each judged (and some
 * moving) in it, the candidate it was chosen from with three members' judgements on the eight
 * criteria (mostly agreeing, not always), a tide that rose and fell with its reasons, steps,
 * a tactics ladder, demand statuses, and sum-ups every two weeks. Its own seeded Faker.
 */
export function planCampaigns(world: World): PlannedCampaigns {
  const f = new Faker({ locale: [en, base] })
  f.seed(world.seed * 173 + 11)
  const { now } = world
  const id = () => f.string.uuid()
  const byId = new Map(world.contacts.map((c) => [c.id, c]))
  judgeLevels(f, world, byId)

  const candidates: CandidateDoc[] = []
  const sumUpBodies: PlannedCampaigns['sumUpBodies'] = new Map()
  for (const { doc, targetId } of world.campaigns) {
    const notes = world.notes.filter((n) => strs(n.campaignIds).includes(doc.id))
    const problem = ranked(notes)[0] ?? ''
    const start = doc.createdAt
    doc.problem = scalar(problem)
    doc.powerHolder = scalar(`The owners behind ${str(doc.target)}`)

    const candidate: CandidateDoc = { id: id(), problem: scalar(problem), target: scalar(targetId), createdAt: start - 14 * DAY, by: scalar(MEMBERS[0]!), campaignId: scalar(doc.id) }
    const evidence = [`cell:${problem}/${targetId}`, ...notes.slice(0, 2).map((n) => `note:${n.id}`)]
    CRITERIA.forEach((criterion, i) => {
      const agreed = f.helpers.weightedArrayElement<Verdict>([{ value: 'holds', weight: 60 }, { value: 'partly', weight: 28 }, { value: 'doesNot', weight: 6 }, { value: 'unknown', weight: 6 }])
      MEMBERS.forEach((by, m) => {
        const verdict = f.number.float() < 0.15 ? f.helpers.arrayElement(VERDICTS.filter((v) => v !== agreed)) : agreed
        candidate[`judge:${id()}`] = {
          criterion: scalar(criterion.id),
          verdict: scalar(verdict),
          reason: scalar(`${criterion.label}: ${verdict === 'holds' ? 'seen again and again at the doors' : verdict === 'partly' ? 'true for some floors, not all' : verdict === 'doesNot' ? 'not what we heard' : 'we have not asked yet'}`),
          evidence: (criterion.id === 'outrage' || m === 0 ? evidence : []).map(scalar),
          by: scalar(by),
          at: candidate.createdAt + (i * MEMBERS.length + m) * 3_600_000,
        }
      })
    })
    for (const group of f.helpers.arrayElements(REFORMISTS, { min: 0, max: 2 })) candidate[`group:${group}`] = { at: candidate.createdAt, by: scalar(MEMBERS[1]!) }
    candidates.push(candidate)
    doc.candidateId = scalar(candidate.id)
    doc.evidence = evidence.map(scalar)

    // The tide: low while investigating, high once people moved, and for some, low again.
    const rise = start + f.number.int({ min: 25, max: 50 }) * DAY
    const tides: [string, number, string][] = [['low', start, 'Starting out: investigating door to door'], ['high', rise, `${f.number.int({ min: 25, max: 70 })} people at the ${f.helpers.arrayElement(['lobby speak-out', 'mass meeting', 'picket'])}`]]
    if (f.number.float() < 0.5) tides.push(['low', Math.min(now - DAY, rise + f.number.int({ min: 20, max: 40 }) * DAY), 'The landlord promised repairs; people are waiting to see'])
    for (const [tide, at, reason] of tides) doc[`tide:${id()}`] = { tide: scalar(tide), at, reason: scalar(reason), by: scalar(f.helpers.arrayElement(MEMBERS)) }
    doc.tide = scalar(tides.at(-1)![0])
    ;[1, 2, 3].slice(0, f.number.int({ min: 2, max: 3 })).forEach((step, i) => (doc[`step:${id()}`] = { step, at: start + i * 30 * DAY, by: scalar(MEMBERS[0]!) }))
    f.helpers.arrayElements(TACTICS, { min: 3, max: 4 }).forEach((name, i) => {
      const plannedAt = start + (i + 1) * 21 * DAY
      doc[`tactic:${id()}`] = { name: scalar(name), rung: i + 1, plannedAt, status: scalar(plannedAt < now ? (f.number.float() < 0.85 ? 'done' : 'dropped') : 'planned'), createdAt: start }
    })
    for (const demand of strs(doc.demands)) doc[`demandStatus:${demand}`] = scalar(f.helpers.arrayElement(DEMAND_STATUSES.slice(0, 3)))

    const bodies: [string, Block[]][] = []
    let then: SumUpFigures | null = null
    for (let at = start + 14 * DAY; at < now; at += 14 * DAY) {
      const figures = figuresAt(world, doc.id, notes, at)
      const since = at - 14 * DAY
      const sumUpId = id()
      const prefill = {
        since,
        now: figures,
        then,
        contactsGained: figures.contacts - (then?.contacts ?? 0),
        moved: [],
        movedCount: 0,
        conversations: notes.filter((n) => n.date > since && n.date <= at).length,
        quotes: notes.filter((n) => n.date > since && n.date <= at).reduce((k, n) => k + Object.keys(n.quotes ?? {}).length, 0),
        leafletsNew: [],
        mobilization: mobilizationFigures(doc.id, mobilizationRecords(world), since, at),
      }
      const answers = [f.helpers.arrayElement(SUMUP_TEXT.worked), f.helpers.arrayElement(SUMUP_TEXT.didnt), f.helpers.arrayElement(SUMUP_TEXT.next)]
      let answer = 0
      const blocks = sumUpBlocks(prefill).map((b) => (b.spec.kind === 'paragraph' && !b.text ? { ...b, text: answers[answer++] ?? '' } : b))
      doc[`sumup:${sumUpId}`] = { at, by: scalar(f.helpers.arrayElement(MEMBERS)), body: '', figures: scalar(JSON.stringify(figures)) }
      bodies.push([sumUpId, blocks])
      then = figures
    }
    sumUpBodies.set(doc.id, bodies)
  }
  // Two fights the collective judged and did not (yet) take up.
  for (const { doc, targetId } of world.campaigns.slice(0, 2)) {
    const problem = ranked(world.notes.filter((n) => strs(n.campaignIds).includes(doc.id)))[1]
    if (!problem || candidates.some((c) => str(c.problem) === problem && str(c.target) === targetId)) continue
    const candidate: CandidateDoc = { id: id(), problem: scalar(problem), target: scalar(targetId), createdAt: now - 10 * DAY, by: scalar(MEMBERS[1]!) }
    CRITERIA.slice(0, 5).forEach((criterion, i) =>
      MEMBERS.slice(0, 2).forEach((by, m) => {
        const verdict = f.helpers.arrayElement(VERDICTS)
        candidate[`judge:${id()}`] = { criterion: scalar(criterion.id), verdict: scalar(verdict), reason: scalar(`${criterion.label}: still arguing it out`), evidence: [scalar(`cell:${problem}/${targetId}`)], by: scalar(by), at: candidate.createdAt + (i * 2 + m) * 3_600_000 }
      }),
    )
    candidates.push(candidate)
  }
  return { candidates, sumUpBodies }
}

/** Most people in a campaign's conversations get a level in it after the first talk; about a third move later. */
function judgeLevels(f: Faker, world: World, byId: Map<string, ContactDoc>): void {
  for (const note of world.notes) {
    for (const campaignId of strs(note.campaignIds)) {
      for (const contactId of strs(note.contactIds)) {
        const contact = byId.get(contactId)
        if (!contact || levelEntries(contact).some((e) => e.campaignId === campaignId) || f.number.float() < 0.3) continue
        const first = f.helpers.weightedArrayElement(JUDGED.map((value, i) => ({ value, weight: [15, 55, 15, 15][i]! })))
        const at = Math.min(world.now - DAY, note.date + DAY)
        contact[`level:${f.string.uuid()}`] = newLevelEntry(campaignId, first, at, f.helpers.arrayElement(MEMBERS), 'after the first conversation')
        if (f.number.float() < 0.35 && first !== 'advanced') {
          const later = Math.min(world.now - DAY, at + f.number.int({ min: 7, max: 60 }) * DAY)
          const to: Level = first === 'intermediate' ? (f.number.float() < 0.75 ? 'advanced' : 'backward') : 'intermediate'
          contact[`level:${f.string.uuid()}`] = newLevelEntry(campaignId, to, later, f.helpers.arrayElement(MEMBERS), to === 'advanced' ? 'spoke up at the meeting' : to === 'backward' ? 'sided with the landlord' : 'came to the speak-out')
        }
      }
    }
  }
}

/** The problems raised in these conversations, most raised first. */
function ranked(notes: readonly NoteDoc[]): string[] {
  const counts = new Map<string, number>()
  for (const note of notes) for (const p of strs(note.problems)) counts.set(p, (counts.get(p) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id)
}

function mobilizationRecords(world: World) {
  return {
    meetings: world.gatherings.filter((g) => !isActionRecord(g)).map((g) => readMeeting(g as MeetingDoc)),
    actions: world.gatherings.filter(isActionRecord).map((g) => readAction(g as ActionDoc)),
    tasks: world.tasks.map(readTask),
  }
}

/** What the campaign counted at a day: its people and their levels then, conversations, gatherings and tasks to date. */
function figuresAt(world: World, campaignId: string, notes: readonly NoteDoc[], at: number): SumUpFigures {
  const levels = { advanced: 0, intermediate: 0, backward: 0 }
  let contacts = 0
  for (const contact of world.contacts) {
    const history = levelEntries(contact).filter((e) => e.campaignId === campaignId && e.at <= at)
    if (!history.length) continue
    contacts++
    const level = history.at(-1)!.level
    if (level !== 'unknown') levels[level]++
  }
  const done = notes.filter((n) => n.date <= at)
  const m = mobilizationFigures(campaignId, mobilizationRecords(world), Number.NEGATIVE_INFINITY, at)
  return { contacts, levels, conversations: done.length, quotes: done.reduce((k, n) => k + Object.keys(n.quotes ?? {}).length, 0), leaflets: 0, copies: 0, meetings: m.meetings, actions: m.actions, turnout: m.signedIn + m.came, tasksDone: m.tasksDone, tasksDropped: m.tasksDropped }
}
