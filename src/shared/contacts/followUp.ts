import type { Contact } from './contact'
import type { Outcome } from './interactions'
import type { Level } from './levels'

/**
 * How often a person is followed up: the core weekly, the advanced fortnightly, and so on. The
 * backward keep a pace of their own: they are not the reservoir, which is the mass we draw on.
 */
export const CADENCE_CLASSES = ['core', 'advanced', 'intermediate', 'reservoir', 'backward'] as const
export type CadenceClass = (typeof CADENCE_CLASSES)[number]

/** The classes a high tide can quicken: the backward keep their own pace whatever the tide. */
export const TIDE_CLASSES = ['core', 'advanced', 'intermediate', 'reservoir'] as const
export type TideClass = (typeof TIDE_CLASSES)[number]

/** Notebook-level rules (root doc `settings.followUp`, stored sparse: readers fill defaults). */
export interface FollowUpRules {
  everyDays: Record<CadenceClass, number>
  /** After no answer or a message left, try again this soon. */
  retryDays: number
  /** Nobody reached for this long (or twice their cadence, if longer) has gone cold. */
  coldAfterDays: number
  /**
   * While a campaign is at high tide, its people are followed up this often (0: as usual), by
   * their level in it. It only ever quickens the pace: people in motion are not left waiting.
   */
  highTideEveryDays: Record<TideClass, number>
  /** The campaigns at high tide now (ids). Not stored with the rules: the campaigns' tides say it (`withHighTide`). */
  highTide: ReadonlySet<string>
}

export const DEFAULT_RULES: FollowUpRules = {
  everyDays: { core: 7, advanced: 14, intermediate: 30, reservoir: 56, backward: 90 },
  retryDays: 2,
  coldAfterDays: 60,
  highTideEveryDays: { core: 0, advanced: 7, intermediate: 14, reservoir: 28 },
  highTide: new Set(),
}

export type StoredRules = { everyDays?: Partial<Record<CadenceClass, number>>; retryDays?: number; coldAfterDays?: number; highTideEveryDays?: Partial<Record<TideClass, number>> }

export function readRules(stored: StoredRules | undefined): FollowUpRules {
  return {
    everyDays: { ...DEFAULT_RULES.everyDays, ...stored?.everyDays },
    retryDays: stored?.retryDays ?? DEFAULT_RULES.retryDays,
    coldAfterDays: stored?.coldAfterDays ?? DEFAULT_RULES.coldAfterDays,
    highTideEveryDays: { ...DEFAULT_RULES.highTideEveryDays, ...stored?.highTideEveryDays },
    highTide: DEFAULT_RULES.highTide,
  }
}

/** The rules in force given which campaigns are at high tide (archived campaigns have no tide). */
export function withHighTide(rules: FollowUpRules, campaigns: Iterable<{ id: string; tide: string; archivedAt: number }>): FollowUpRules {
  const highTide = new Set<string>()
  for (const c of campaigns) if (c.tide === 'high' && !c.archivedAt) highTide.add(c.id)
  return { ...rules, highTide }
}

const CLASS_NAMES: Record<TideClass, string> = { core: 'the core', advanced: 'the advanced', intermediate: 'the intermediate', reservoir: 'the reservoir' }

/** The high-tide rule in a sentence, for the campaign page. */
export function highTideRuleText(rules: FollowUpRules): string {
  const quicker = TIDE_CLASSES.filter((c) => rules.highTideEveryDays[c] > 0 && rules.highTideEveryDays[c] < rules.everyDays[c])
  if (!quicker.length) return 'At high tide, everyone keeps the usual pace.'
  return `At high tide, its people are called sooner: ${quicker.map((c) => `${CLASS_NAMES[c]} every ${rules.highTideEveryDays[c]} days (usually ${rules.everyDays[c]})`).join(', ')}.`
}

const differing = <K extends string>(keys: readonly K[], values: Record<K, number>, defaults: Record<K, number>) =>
  Object.fromEntries(keys.filter((k) => values[k] !== defaults[k]).map((k) => [k, values[k]]))

/** What to store for these rules: only what differs from the defaults (sparse, like records). */
export function storedRules(rules: FollowUpRules): StoredRules {
  const stored: StoredRules = {}
  const everyDays = differing(CADENCE_CLASSES, rules.everyDays, DEFAULT_RULES.everyDays)
  if (Object.keys(everyDays).length) stored.everyDays = everyDays
  if (rules.retryDays !== DEFAULT_RULES.retryDays) stored.retryDays = rules.retryDays
  if (rules.coldAfterDays !== DEFAULT_RULES.coldAfterDays) stored.coldAfterDays = rules.coldAfterDays
  const highTide = differing(TIDE_CLASSES, rules.highTideEveryDays, DEFAULT_RULES.highTideEveryDays)
  if (Object.keys(highTide).length) stored.highTideEveryDays = highTide
  return stored
}

/** What the follow-up engine needs to know about one contact (held in its list row). */
export interface FollowFacts {
  createdAt: number
  cadence: CadenceClass
  lastAt: number | null
  lastOutcome: Outcome | null
  lastReachedAt: number | null
  /** Due date of the follow-up promised in the latest interaction, if nothing happened since. */
  promiseDue: number | null
  snoozedUntil: number
  /** The person said not to call: off Today and every call list. */
  doNotCall: boolean
}

/** `retired`: the last call found a wrong number; nobody calls it again until the person is reached another way. */
export type FollowState = 'snoozed' | 'overdue' | 'cold' | 'due' | 'scheduled' | 'retired'

export const DAY_MS = 86_400_000

/** The best level anywhere sets the pace; a person never judged is followed up monthly to find out. */
export function cadenceClass(override: Contact['cadence'], levels: Record<string, Level>): CadenceClass {
  if (override) return override
  const values = Object.values(levels)
  if (values.includes('advanced')) return 'advanced'
  if (values.length && values.every((l) => l === 'backward')) return 'backward'
  return 'intermediate'
}

/** The reservoir: the broad mass kept in touch with and called on for big mobilizations (never the backward, who have a class of their own). */
export function inReservoir(row: { follow: FollowFacts; mergedInto?: string }): boolean {
  return !row.mergedInto && row.follow.cadence === 'reservoir'
}

/** Whether anyone may call this person: not after "do not call", not on a retired wrong number. */
export function callable(facts: FollowFacts): boolean {
  return !facts.doNotCall && facts.lastOutcome !== 'wrongNumber'
}

export function followFacts(contact: Pick<Contact, 'createdAt' | 'cadence' | 'levels' | 'interactions' | 'snoozedUntil' | 'consent'>): FollowFacts {
  const log = contact.interactions
  const last = log.at(-1)
  const reached = log.findLast((i) => i.outcome === 'reached')
  return {
    createdAt: contact.createdAt,
    cadence: cadenceClass(contact.cadence, contact.levels),
    lastAt: last?.at ?? null,
    lastOutcome: last?.outcome ?? null,
    lastReachedAt: reached?.at ?? null,
    promiseDue: last?.promise?.due ?? null,
    snoozedUntil: contact.snoozedUntil,
    doNotCall: !contact.consent.call,
  }
}

/**
 * Days between contacts for this person: their class's cadence, or quicker while a campaign they
 * are judged in (not as backward) is at high tide, by their level in it (or their core or
 * reservoir pace, if set by hand).
 */
export function cadenceDays(facts: Pick<FollowFacts, 'cadence'>, levels: Readonly<Record<string, Level>>, rules: FollowUpRules): number {
  let days = rules.everyDays[facts.cadence]
  if (!rules.highTide.size || facts.cadence === 'backward') return days
  for (const [campaignId, level] of Object.entries(levels)) {
    if (level === 'backward' || !rules.highTide.has(campaignId)) continue
    const cls: TideClass = facts.cadence === 'core' || facts.cadence === 'reservoir' ? facts.cadence : level === 'advanced' ? 'advanced' : 'intermediate'
    const quick = rules.highTideEveryDays[cls]
    if (quick > 0) days = Math.min(days, quick)
  }
  return days
}

/** Someone the follow-up engine schedules: their follow-up facts and their levels per campaign (list rows and contacts both have them). */
export interface Followed {
  follow: FollowFacts
  levels: Readonly<Record<string, Level>>
}

/** When this person should next be contacted: the cadence after the last contact, a retry, or a promise; after a wrong number, only a promise. */
export function nextContactAt({ follow: facts, levels }: Followed, rules: FollowUpRules): number {
  const cadence = cadenceDays(facts, levels, rules) * DAY_MS
  let next: number
  if (facts.lastOutcome === 'wrongNumber') return Math.max(facts.promiseDue ?? Number.POSITIVE_INFINITY, facts.snoozedUntil)
  if (facts.lastAt === null || facts.lastOutcome === null) next = facts.createdAt + cadence
  else if (facts.lastOutcome === 'reached') next = facts.lastAt + cadence
  else if (facts.lastOutcome === 'noAnswer' || facts.lastOutcome === 'leftMessage') next = facts.lastAt + rules.retryDays * DAY_MS
  else next = facts.lastAt + rules.everyDays.reservoir * DAY_MS
  if (facts.promiseDue !== null) next = Math.min(next, facts.promiseDue)
  return Math.max(next, facts.snoozedUntil)
}

/** Local midnight to midnight around `now`. */
export function dayBounds(now: number): { start: number; end: number } {
  const start = new Date(now)
  start.setHours(0, 0, 0, 0)
  const end = new Date(start)
  end.setDate(end.getDate() + 1)
  return { start: start.getTime(), end: end.getTime() }
}

export interface FollowStatus {
  state: FollowState
  next: number
  /** A promised follow-up whose day has passed. */
  promiseLate: boolean
}

/** `bounds` may be passed in when judging many rows on one day (building dates is the slow part). */
export function followStatus(person: Followed, rules: FollowUpRules, now: number, bounds = dayBounds(now)): FollowStatus {
  const { start, end } = bounds
  const facts = person.follow
  const next = nextContactAt(person, rules)
  const promiseLate = facts.promiseDue !== null && facts.promiseDue < start && facts.snoozedUntil <= now
  const coldAfter = Math.max(rules.coldAfterDays, 2 * rules.everyDays[facts.cadence]) * DAY_MS
  let state: FollowState
  if (facts.snoozedUntil > now) state = 'snoozed'
  else if (facts.lastOutcome === 'wrongNumber' && facts.promiseDue === null) state = 'retired'
  else if (promiseLate || next < start) state = (facts.lastReachedAt ?? facts.createdAt) < now - coldAfter ? 'cold' : 'overdue'
  else if (next < end) state = 'due'
  else state = (facts.lastReachedAt ?? facts.createdAt) < now - coldAfter ? 'cold' : 'scheduled'
  return { state, next, promiseLate }
}

const STATE_RANK: Record<FollowState, number> = { overdue: 0, cold: 1, due: 2, scheduled: 3, snoozed: 4, retired: 5 }

/** Today's queue (never anyone who said not to call): late promises first, then overdue, gone cold and due today, oldest first within each. */
export function todayQueue<T extends Followed & { id: string; owner: string; mergedInto?: string }>(
  rows: readonly T[],
  rules: FollowUpRules,
  now: number,
  owner?: string,
): { row: T; status: FollowStatus }[] {
  const queue: { row: T; status: FollowStatus }[] = []
  const bounds = dayBounds(now)
  for (const row of rows) {
    if (row.mergedInto || row.follow.doNotCall || (owner !== undefined && row.owner !== owner)) continue
    const status = followStatus(row, rules, now, bounds)
    if (status.state === 'overdue' || status.state === 'cold' || status.state === 'due') queue.push({ row, status })
  }
  return queue.sort(
    (a, b) =>
      Number(b.status.promiseLate) - Number(a.status.promiseLate) ||
      STATE_RANK[a.status.state] - STATE_RANK[b.status.state] ||
      a.status.next - b.status.next ||
      (a.row.id < b.row.id ? -1 : 1),
  )
}
