import type { ContactRow } from '../contacts/contactRow'
import { dayBounds, followStatus, type FollowUpRules } from '../contacts/followUp'
import type { NoteRow } from '../notes/noteRow'
import { campaignContacts } from './campaignContacts'
import { weeklyTurnout, type GatheringTurnout } from './campaignTurnout'

export const WEEK_MS = 7 * 86_400_000
const MAX_WEEKS = 52
const TOP_PROBLEMS = 5
type Judged = 'advanced' | 'intermediate' | 'backward'
const JUDGED: Judged[] = ['advanced', 'intermediate', 'backward']

/** The figures behind the campaign dashboard's charts, one entry per week (weeks start Monday, UTC). */
export interface CampaignDashboard {
  weeks: number[]
  contactsGained: number[]
  /** People at each level at the end of each week. */
  levels: Record<Judged, number[]>
  /** Conversations per week for the most-raised problems (names), the rest as "Other problems". */
  conversations: { problem: string; counts: number[] }[]
  followUp: { due: number; overdue: number; cold: number }
  copies: { leaflet: string; copies: number }[]
  /** People who came to the campaign's actions, and who signed in at its meetings, per week. */
  turnout: { actions: number[]; meetings: number[] }
}

export interface DashboardInput {
  campaignId: string
  startedAt: number
  contacts: readonly ContactRow[]
  notes: readonly NoteRow[]
  leaflets: readonly { title: string; campaignId: string; copiesDistributed: number }[]
  gatherings: readonly GatheringTurnout[]
  problemName: (termId: string) => string
  rules: FollowUpRules
  now: number
}

const MONDAY_OFFSET = 4 * 86_400_000 // 1970-01-01 was a Thursday
export const weekStart = (t: number): number => Math.floor((t - MONDAY_OFFSET) / WEEK_MS) * WEEK_MS + MONDAY_OFFSET

export function campaignDashboard(input: DashboardInput): CampaignDashboard {
  const { campaignId, now } = input
  const people = campaignContacts(campaignId, input.contacts, input.notes)
  const notes = input.notes.filter((n) => n.campaignIds.includes(campaignId))
  let first = input.startedAt
  for (const { joinedAt } of people.values()) first = Math.min(first, joinedAt)
  for (const note of notes) first = Math.min(first, note.date)
  const last = weekStart(now)
  const start = Math.max(weekStart(first), last - (MAX_WEEKS - 1) * WEEK_MS)
  const weeks = Array.from({ length: (last - start) / WEEK_MS + 1 }, (_, i) => start + i * WEEK_MS)
  const slot = (t: number) => Math.min(weeks.length - 1, Math.max(0, Math.floor((t - start) / WEEK_MS)))
  const zeros = () => weeks.map(() => 0)

  const contactsGained = zeros()
  const levelChanges = Object.fromEntries(JUDGED.map((l) => [l, zeros()])) as Record<Judged, number[]>
  const levelsBefore = Object.fromEntries(JUDGED.map((l) => [l, 0])) as Record<Judged, number>
  const health = { due: 0, overdue: 0, cold: 0 }
  const bounds = dayBounds(now)
  for (const { row, joinedAt } of people.values()) {
    if (joinedAt >= start) contactsGained[slot(joinedAt)]!++
    // Each judgement moves the person out of their previous level and into the new one in its week.
    let previous: Judged | null = null
    for (const entry of row.levelLog ?? []) {
      if (entry.campaignId !== campaignId) continue
      const level = entry.level === 'unknown' ? null : entry.level
      if (level === previous) continue
      const before = entry.at < start
      const week = slot(entry.at)
      if (previous && before) levelsBefore[previous]--
      else if (previous) levelChanges[previous][week]!--
      if (level && before) levelsBefore[level]++
      else if (level) levelChanges[level][week]!++
      previous = level
    }
    const state = followStatus(row, input.rules, now, bounds).state
    if (state === 'due' || state === 'overdue' || state === 'cold') health[state]++
  }
  const levels = Object.fromEntries(
    JUDGED.map((l) => {
      let running = levelsBefore[l]
      return [l, levelChanges[l].map((change) => (running += change))]
    }),
  ) as Record<Judged, number[]>

  const byProblem = new Map<string, number[]>()
  for (const note of notes) {
    if (note.date < start) continue
    for (const termId of new Set(note.problems.map(input.problemName))) {
      let counts = byProblem.get(termId)
      if (!counts) byProblem.set(termId, (counts = zeros()))
      counts[slot(note.date)]!++
    }
  }
  const ranked = [...byProblem.entries()].sort((a, b) => sum(b[1]) - sum(a[1]) || a[0].localeCompare(b[0]))
  const conversations = ranked.slice(0, TOP_PROBLEMS).map(([problem, counts]) => ({ problem, counts }))
  if (ranked.length > TOP_PROBLEMS) {
    const other = zeros()
    for (const [, counts] of ranked.slice(TOP_PROBLEMS)) counts.forEach((n, i) => (other[i]! += n))
    conversations.push({ problem: 'Other problems', counts: other })
  }

  const copies = input.leaflets.filter((l) => l.campaignId === campaignId).map((l) => ({ leaflet: l.title || 'Untitled leaflet', copies: l.copiesDistributed }))
  return { weeks, contactsGained, levels, conversations, followUp: health, copies, turnout: weeklyTurnout(input.gatherings, campaignId, weeks) }
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)
