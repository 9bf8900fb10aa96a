import { DAY_MS } from './followUp'
import { INTERACTION_KINDS, LOG_KEY, type InteractionDoc, type InteractionKind } from './interactions'
import type { Level } from './levels'
import { str } from '../notebook/scalar'

/** One logged interaction with its length: what "where our time goes" adds up. */
export interface TimeEntry {
  contactId: string
  at: number
  minutes: number
  kind: InteractionKind
  /** The comrade who logged it. */
  by: string
  campaignId: string
}

/** What time is split by about the person on the other side. */
export interface TimePerson {
  levels: Record<string, Level>
  tags: string[]
}

/** People tagged so are officers and staff (of the union, the committee…), not the base. */
export const OFFICER_TAGS = ['officer', 'staff', 'organizer']
export const ROLES = ['base', 'officers'] as const
export type Role = (typeof ROLES)[number]
export const ROLE_LABELS: Record<Role, string> = { base: 'The base', officers: 'Officers and staff' }

export function roleOf(tags: readonly string[]): Role {
  return tags.some((t) => OFFICER_TAGS.includes(t.trim().toLowerCase())) ? 'officers' : 'base'
}

const WEEK_MS = 7 * DAY_MS
/** Weeks start on Monday (1970-01-05 was one), in UTC: cheap enough for a year of entries. */
export const weekOf = (at: number): number => Math.floor((at - 4 * DAY_MS) / WEEK_MS) * WEEK_MS + 4 * DAY_MS

/** The level that counts for one interaction: the person's level in its campaign, else their best anywhere. */
function levelFor(person: TimePerson | undefined, campaignId: string): Level {
  if (!person) return 'unknown'
  if (campaignId && person.levels[campaignId]) return person.levels[campaignId]
  const values = Object.values(person.levels)
  return values.includes('advanced') ? 'advanced' : values.includes('intermediate') ? 'intermediate' : values.includes('backward') ? 'backward' : 'unknown'
}

export interface TimeTotals {
  minutes: number
  byLevel: Record<Level, number>
  byRole: Record<Role, number>
  /** Comrade → minutes, most first ('' for unsigned entries). */
  byComrade: [string, number][]
  /** Week start (ms) → minutes, oldest first, with empty weeks in between. */
  byWeek: [number, number][]
  byKind: Partial<Record<InteractionKind, number>>
  /** One line: where most of the time went. */
  reading: string
}

export interface TimeRange {
  since: number
  until: number
  /** Words for the range in the reading ("this month"). */
  label: string
  /** Only this comrade's entries. */
  by?: string
}

const LEVEL_WORDS: Record<Level, string> = { advanced: 'the advanced', intermediate: 'the intermediate', backward: 'the backward', unknown: 'people not yet judged' }

/** Interaction minutes in a range, by level, role, comrade, week and kind, with a one-line reading. */
export function timeTotals(entries: readonly TimeEntry[], people: ReadonlyMap<string, TimePerson>, range: TimeRange): TimeTotals {
  const byLevel: Record<Level, number> = { advanced: 0, intermediate: 0, backward: 0, unknown: 0 }
  const byRole: Record<Role, number> = { base: 0, officers: 0 }
  const byComrade = new Map<string, number>()
  const byWeek = new Map<number, number>()
  const byKind: Partial<Record<InteractionKind, number>> = {}
  let minutes = 0
  for (const e of entries) {
    if (e.at < range.since || e.at >= range.until || e.minutes <= 0) continue
    if (range.by !== undefined && e.by !== range.by) continue
    const person = people.get(e.contactId)
    minutes += e.minutes
    byLevel[levelFor(person, e.campaignId)] += e.minutes
    byRole[person ? roleOf(person.tags) : 'base'] += e.minutes
    byComrade.set(e.by, (byComrade.get(e.by) ?? 0) + e.minutes)
    const week = weekOf(e.at)
    byWeek.set(week, (byWeek.get(week) ?? 0) + e.minutes)
    byKind[e.kind] = (byKind[e.kind] ?? 0) + e.minutes
  }
  const weeks: [number, number][] = []
  if (byWeek.size) {
    const last = Math.max(...byWeek.keys())
    for (let w = Math.min(...byWeek.keys()); w <= last; w += WEEK_MS) weeks.push([w, byWeek.get(w) ?? 0])
  }
  return {
    minutes,
    byLevel,
    byRole,
    byComrade: [...byComrade].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    byWeek: weeks,
    byKind,
    reading: timeReading(minutes, byLevel, byRole, range.label),
  }
}

const pct = (part: number, whole: number) => Math.round((100 * part) / whole)

export function timeReading(minutes: number, byLevel: Record<Level, number>, byRole: Record<Role, number>, label: string): string {
  if (!minutes) return `No time logged ${label}: log interactions with their length to see where it goes.`
  const [top, topMinutes] = (Object.entries(byLevel) as [Level, number][]).sort((a, b) => b[1] - a[1])[0]!
  return `${pct(topMinutes, minutes)}% of our time ${label} went to ${LEVEL_WORDS[top]}; ${pct(byRole.officers, minutes)}% to officers and staff.`
}

/** The timed entries of one stored contact's log (entries without a length count for nothing). */
export function timeEntriesOf(record: Record<string, unknown>, out: TimeEntry[] = []): TimeEntry[] {
  const contactId = String(record['id'])
  for (const key in record) {
    if (!key.startsWith(LOG_KEY)) continue
    const doc = record[key] as InteractionDoc
    if (!doc.minutes || doc.minutes <= 0) continue
    const kind = str(doc.kind) as InteractionKind
    out.push({ contactId, at: doc.at, minutes: doc.minutes, kind: INTERACTION_KINDS.includes(kind) ? kind : 'call', by: str(doc.by), campaignId: str(doc.campaignId) })
  }
  return out
}
