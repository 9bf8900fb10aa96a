import { Faker, en, base } from '@faker-js/faker'
import type { ContactDoc } from '../../shared/contacts/contact'
import { LOG_KEY, newInteractionDoc, type InteractionKind } from '../../shared/contacts/interactions'
import { scalar, str } from '../../shared/notebook/scalar'
import type { ShardDoc } from '../../shared/notebook/schema'
import { DEFAULT_AGENDA } from '../../shared/meetings/agenda'
import { logAttendance } from '../../shared/meetings/attendance'
import type { MeetingDoc } from '../../shared/meetings/meeting'
import { newMeetingDoc, signIn } from '../../shared/meetings/meetingMutations'
import { ASK_STATES, type ActionDoc, type AskState } from '../../shared/actions/action'
import { addToCallList, newActionDoc, setAsk } from '../../shared/actions/actionMutations'
import type { TaskDoc } from '../../shared/tasks/task'
import { newTaskDoc } from '../../shared/tasks/taskMutations'
import { TEAM_KIND_LABELS, TEAM_KINDS, type TeamDoc } from '../../shared/teams/team'
import * as words from './vocabulary'

const DAY = 86_400_000
const TASKS = ['Flyer your floor', 'Bring two neighbours to the next meeting', 'Collect ten petition signatures', 'Call five people on the phone tree', 'Talk to the building super', 'Photograph the repairs needed']
const ACTIONS = [['speakOut', 'Speak-out in the lobby'], ['delegation', 'Delegation to the management office'], ['petitionDrop', 'Petition drop'], ['protest', 'Protest at the landlord’s office'], ['picket', 'Picket at the gate']] as const
const TIMED: InteractionKind[] = ['call', 'call', 'call', 'oneToOne', 'doorKnock', 'text']

export interface Mobilization {
  meetings: MeetingDoc[]
  actions: ActionDoc[]
  tasks: TaskDoc[]
  teams: TeamDoc[]
}

/**
 * Mobilization over the generated investigation, written into the contact docs before they are
 * stored: who recruited and knows whom, a year of timed calls and one-to-ones (some to officers
 * and staff), mass meetings with sign-ins and a task for most who came, actions with their call
 * lists and turnout, and teams. Its own seeded Faker, so the rest of the notebook is unchanged.
 */
export function planMobilization(contacts: ContactDoc[], campaigns: { id: string }[], places: { id: string }[], now: number, seed: number): Mobilization {
  const f = new Faker({ locale: [en, base] })
  f.seed(seed * 131 + 7)
  const asShard = { records: Object.fromEntries(contacts.map((c) => [c.id, c])) } as ShardDoc<ContactDoc>
  if (!contacts.length) return { meetings: [], actions: [], tasks: [], teams: [] }
  const pick = (n: number) => f.helpers.arrayElements(contacts, Math.min(n, contacts.length))

  contacts.forEach((c, i) => {
    // Networks building networks: about a third were brought in by someone met before them.
    if (i > 3 && f.number.float() < 0.35) c.recruitedBy = scalar(contacts[f.number.int({ min: Math.max(0, i - 40), max: i - 1 })]!.id)
    if (i > 0 && f.number.float() < 0.25) c.knows = [scalar(contacts[i - 1]!.id)]
    if (f.number.float() < 0.04) c.tags = [...(c.tags ?? []), scalar(f.helpers.arrayElement(['officer', 'staff']))]
    for (let k = f.number.int({ min: 0, max: 4 }); k > 0; k--) {
      const kind = f.helpers.arrayElement(TIMED)
      c[`${LOG_KEY}gen-${i}-${k}`] = newInteractionDoc({ kind, at: now - f.number.int({ min: 1, max: 360 }) * DAY, outcome: 'reached', minutes: kind === 'oneToOne' ? f.number.int({ min: 20, max: 90 }) : f.number.int({ min: 3, max: 25 }), by: f.helpers.arrayElement(words.COMRADES) })
    }
  })

  const meetings: MeetingDoc[] = []
  const tasks: TaskDoc[] = []
  const seen = new Set<string>()
  const meetingCount = Math.max(2, Math.min(24, Math.round(contacts.length / 150)))
  for (let m = 0; m < meetingCount; m++) {
    const campaign = campaigns[m % campaigns.length]
    const date = now - (meetingCount - m) * 14 * DAY + 19 * 3_600_000
    const doc = newMeetingDoc(f.string.uuid(), { title: `Mass meeting ${m + 1}`, date, placeId: f.helpers.arrayElement(places)?.id ?? '', campaignId: campaign?.id ?? '', facilitators: f.helpers.arrayElements(words.COMRADES, 2) }, DEFAULT_AGENDA, date - 7 * DAY, () => f.string.uuid())
    const shard = { records: { [doc.id]: doc } } as ShardDoc<MeetingDoc>
    for (const person of pick(f.number.int({ min: 8, max: 25 }))) {
      const firstTime = !seen.has(person.id)
      seen.add(person.id)
      signIn(shard, doc.id, person.id, { at: date + f.number.int({ min: 0, max: 20 }) * 60_000, firstTime }, date)
      logAttendance(asShard, person.id, { gathering: 'meeting', id: doc.id, at: date, campaignId: campaign?.id ?? '' }, date)
      if (f.number.float() < 0.9) {
        const task = newTaskDoc(f.string.uuid(), { title: f.helpers.arrayElement(TASKS), contactId: person.id, buddy: f.helpers.arrayElement(words.COMRADES), due: date + f.number.int({ min: 3, max: 14 }) * DAY, campaignId: campaign?.id ?? '', meetingId: doc.id }, date)
        if (task.due! < now && f.number.float() < 0.7) Object.assign(task, f.number.float() < 0.8 ? { status: scalar('done'), closedNote: 'Done', closedAt: task.due } : { status: scalar('dropped'), closedNote: 'Moved away', closedAt: task.due })
        tasks.push(task)
      }
    }
    meetings.push(doc)
  }

  const actions: ActionDoc[] = []
  const actionCount = Math.max(2, Math.min(30, Math.round(contacts.length / 120)))
  for (let a = 0; a < actionCount; a++) {
    const [kind, title] = ACTIONS[a % ACTIONS.length]!
    const campaign = campaigns[a % campaigns.length]
    const date = now - (actionCount - a) * 10 * DAY + 17 * 3_600_000
    const doc = newActionDoc(f.string.uuid(), { title, kind, date, placeId: f.helpers.arrayElement(places)?.id ?? '', campaignId: campaign?.id ?? '' }, date - 10 * DAY)
    const shard = { records: { [doc.id]: doc } } as ShardDoc<ActionDoc>
    const listed = pick(f.number.int({ min: 15, max: 60 }))
    addToCallList(shard, doc.id, listed.map((c) => c.id), date - 7 * DAY)
    for (const person of listed) {
      const state = f.helpers.weightedArrayElement(ASK_STATES.map((s): { value: AskState; weight: number } => ({ value: s, weight: { listed: 2, asked: 3, committed: 2, came: 4, declined: 2 }[s] })))
      if (state === 'listed') continue
      const firstTime = state === 'came' && !seen.has(person.id)
      if (state === 'came') {
        seen.add(person.id)
        logAttendance(asShard, person.id, { gathering: 'action', id: doc.id, at: date, campaignId: campaign?.id ?? '' }, date)
      }
      setAsk(shard, doc.id, person.id, state, { by: f.helpers.arrayElement(words.COMRADES), firstTime }, date - f.number.int({ min: 0, max: 6 }) * DAY)
    }
    actions.push(doc)
  }

  const teams: TeamDoc[] = Array.from({ length: Math.max(2, Math.min(8, Math.round(contacts.length / 400))) }, (_, t) => {
    const kind = TEAM_KINDS[t % 3]!
    const members = pick(f.number.int({ min: 3, max: 12 }))
    return { id: f.string.uuid(), name: scalar(`${TEAM_KIND_LABELS[kind]} ${t + 1}`), kind: scalar(kind), createdAt: now - 60 * DAY, lead: scalar(members[0]!.id), members: members.map((c) => scalar(c.id)) }
  })
  for (const team of teams) {
    for (const member of team.members.slice(0, 3)) tasks.push(newTaskDoc(f.string.uuid(), { title: f.helpers.arrayElement(TASKS), contactId: str(member), buddy: f.helpers.arrayElement(words.COMRADES), due: now + f.number.int({ min: -5, max: 10 }) * DAY, teamId: team.id }, now - 10 * DAY))
  }
  return { meetings, actions, tasks, teams }
}
