import type { ContactRow } from '../contacts/contactRow'
import type { NoteRow } from '../notes/noteRow'
import { campaignContacts, levelAt } from './campaignContacts'
import { mobilizationFigures, type MobilizationFigures, type MobilizationRecords } from './mobilizationFigures'
import type { SumUpFigures } from './plan'

type Judged = 'advanced' | 'intermediate' | 'backward'
const JUDGED: Judged[] = ['advanced', 'intermediate', 'backward']
const MOVERS_SHOWN = 40

/** What changed in a campaign since its last sum-up: the figures a new sum-up starts from. */
export interface SumUpPrefill {
  since: number
  now: SumUpFigures
  /** The last sum-up's figures (then), or null for the first sum-up. */
  then: SumUpFigures | null
  contactsGained: number
  /** Who moved between levels since, newest first (at most 40), and how many in all. */
  moved: { contactId: string; name: string; from: string; to: string }[]
  movedCount: number
  conversations: number
  quotes: number
  leafletsNew: string[]
  /** Meetings, actions and tasks of the campaign since the last sum-up. */
  mobilization: MobilizationFigures
}

export interface PrefillInput {
  campaignId: string
  startedAt: number
  lastSumUp: { at: number; figures: SumUpFigures | null } | null
  contacts: readonly ContactRow[]
  notes: readonly NoteRow[]
  leaflets: readonly { title: string; campaignId: string; copiesDistributed: number; createdAt: number }[]
  mobilization: MobilizationRecords
  now: number
}

export function sumUpPrefill(input: PrefillInput): SumUpPrefill {
  const { campaignId } = input
  const since = input.lastSumUp?.at ?? input.startedAt
  const people = campaignContacts(campaignId, input.contacts, input.notes)
  const levels = Object.fromEntries(JUDGED.map((l) => [l, 0])) as Record<Judged, number>
  const moved: SumUpPrefill['moved'] = []
  let contactsGained = 0
  for (const { row, joinedAt } of people.values()) {
    if (joinedAt > since) contactsGained++
    const current = row.levels[campaignId]
    if (current && current !== 'unknown') levels[current]++
    const before = levelAt(row, campaignId, since)
    if (current && current !== (before ?? 'unknown') && current !== 'unknown') moved.push({ contactId: row.id, name: row.name, from: before ?? 'new', to: current })
  }
  moved.sort((a, b) => a.name.localeCompare(b.name))
  let conversations = 0
  let quotes = 0
  let quotesAll = 0
  for (const note of input.notes) {
    if (!note.campaignIds.includes(campaignId)) continue
    quotesAll += note.quotes.length
    if (note.date <= since) continue
    conversations++
    quotes += note.quotes.length
  }
  const leaflets = input.leaflets.filter((l) => l.campaignId === campaignId)
  const mobilization = mobilizationFigures(campaignId, input.mobilization, since, input.now)
  const toDate = mobilizationFigures(campaignId, input.mobilization, Number.NEGATIVE_INFINITY, input.now)
  const figures: SumUpFigures = {
    contacts: people.size,
    levels,
    conversations: input.notes.filter((n) => n.campaignIds.includes(campaignId)).length,
    quotes: quotesAll,
    leaflets: leaflets.length,
    copies: leaflets.reduce((n, l) => n + l.copiesDistributed, 0),
    meetings: toDate.meetings,
    actions: toDate.actions,
    turnout: toDate.signedIn + toDate.came,
    tasksDone: toDate.tasksDone,
    tasksDropped: toDate.tasksDropped,
  }
  return {
    since,
    now: figures,
    then: input.lastSumUp?.figures ?? null,
    contactsGained,
    moved: moved.slice(0, MOVERS_SHOWN),
    movedCount: moved.length,
    conversations,
    quotes,
    leafletsNew: leaflets.filter((l) => l.createdAt > since).map((l) => l.title || 'Untitled leaflet'),
    mobilization,
  }
}
