import { TALKED, type Knock, type KnockOutcome } from './knocks'
import type { Place } from './place'
import { floorLabel, floorOf, unitKey } from './units'

const DAY = 86_400_000

/** What coverage needs of a contact row or a note row. */
export interface AtPlace {
  id: string
  placeId: string
  unit: string
}
export interface ContactAt extends AtPlace {
  mergedInto?: string
}
export interface NoteAt extends AtPlace {
  date: number
}

export interface CoverageOptions {
  now: number
  /** A refusal is left alone this long before the unit is suggested again. */
  retryRefusedAfterDays?: number
  /** After a move-out, someone new may live there after this long. */
  retryMovedOutAfterDays?: number
}

/** The last thing that happened at a unit: a knock, or a conversation note. */
export interface Latest {
  outcome: KnockOutcome
  at: number
  from: 'knock' | 'note'
}

export interface UnitCoverage {
  unit: string
  floor: number | null
  /** False for a unit that knocks, contacts or notes name but the place's list no longer has. */
  listed: boolean
  knocks: Knock[]
  latest: Latest | null
  conversations: number
  /** Contact records at the unit, or 1 for a "contact made" knock nobody has typed in yet. */
  contacts: number
}

export interface Tally {
  /** Listed units. */
  total: number
  knocked: number
  conversations: number
  contacts: number
}

export interface FloorCoverage extends Tally {
  floor: number | null
  label: string
  units: UnitCoverage[]
}

export type NextReason =
  | { kind: 'never'; contacts: number }
  | { kind: 'notHome'; since: number; tries: number }
  | { kind: 'refused'; since: number }
  | { kind: 'movedOut'; since: number }

export interface NextUnit {
  unit: string
  reason: NextReason
}

export interface Coverage {
  units: UnitCoverage[]
  floors: FloorCoverage[]
  /** Building totals; conversations and contacts include those not tied to a unit. */
  totals: Tally & { percent: number; knocks: number; byOutcome: Record<KnockOutcome, number> }
  /** Contacts and notes at the place with no unit given. */
  noUnit: { conversations: number; contacts: number }
  next: NextUnit[]
}

function emptyUnit(unit: string, listed: boolean): UnitCoverage {
  return { unit, floor: floorOf(unit), listed, knocks: [], latest: null, conversations: 0, contacts: 0 }
}

function tally(units: readonly UnitCoverage[]): Tally {
  return {
    total: units.filter((u) => u.listed).length,
    knocked: units.filter((u) => u.listed && u.latest).length,
    conversations: units.reduce((n, u) => n + u.conversations, 0),
    contacts: units.reduce((n, u) => n + u.contacts, 0),
  }
}

/**
 * Which units of a place have been knocked, what happened last at each, the counts per floor
 * (per department list for a workplace) and the building, and where to knock next.
 * A note at a unit is a conversation there; a knock linked to that note is not counted twice.
 */
export function coverage(place: Place, contacts: readonly ContactAt[], notes: readonly NoteAt[], options: CoverageOptions): Coverage {
  const byKey = new Map<string, UnitCoverage>()
  for (const unit of place.units) if (!byKey.has(unitKey(unit))) byKey.set(unitKey(unit), emptyUnit(unit, true))
  const at = (unit: string): UnitCoverage | undefined => {
    const key = unitKey(unit)
    if (!key) return undefined
    if (!byKey.has(key)) byKey.set(key, emptyUnit(unit.trim(), false))
    return byKey.get(key)
  }
  const counted = { conversations: 0, contacts: 0 }
  const linkedNotes = new Set(place.knocks.map((k) => k.noteId).filter(Boolean))

  for (const knock of place.knocks) {
    const unit = at(knock.unit)
    if (!unit) continue
    unit.knocks.push(knock)
    unit.latest = { outcome: knock.outcome, at: knock.at, from: 'knock' }
    if (TALKED.has(knock.outcome)) unit.conversations++
  }
  for (const note of notes) {
    if (note.placeId !== place.id) continue
    const unit = at(note.unit)
    if (!linkedNotes.has(note.id)) {
      if (unit) unit.conversations++
      else counted.conversations++
    }
    if (unit && (!unit.latest || note.date > unit.latest.at)) unit.latest = { outcome: 'conversation', at: note.date, from: 'note' }
  }
  for (const contact of contacts) {
    if (contact.placeId !== place.id || contact.mergedInto) continue
    const unit = at(contact.unit)
    if (unit) unit.contacts++
    else counted.contacts++
  }
  // A "contact made" knock is a contact even before anyone types the person in; once they are, it is that record.
  for (const unit of byKey.values()) if (unit.contacts === 0 && unit.knocks.some((k) => k.outcome === 'contact')) unit.contacts = 1

  const units = [...byKey.values()]
  const floors = groupByFloor(units, place.kind === 'workplace')
  const all = tally(units)
  const byOutcome = { notHome: 0, refused: 0, conversation: 0, contact: 0, movedOut: 0 }
  for (const knock of place.knocks) byOutcome[knock.outcome]++
  return {
    units,
    floors,
    totals: {
      ...all,
      conversations: all.conversations + counted.conversations,
      contacts: all.contacts + counted.contacts,
      percent: all.total ? Math.round((100 * all.knocked) / all.total) : 0,
      knocks: place.knocks.length,
      byOutcome,
    },
    next: nextToKnock(units, options),
    noUnit: counted,
  }
}

/** Floors from the bottom up, units in list order inside each; a workplace's departments are one list. */
function groupByFloor(units: UnitCoverage[], workplace: boolean): FloorCoverage[] {
  const groups = new Map<number | null, UnitCoverage[]>()
  for (const unit of units) {
    const floor = workplace ? null : unit.floor
    groups.set(floor, [...(groups.get(floor) ?? []), unit])
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
    .map(([floor, members]) => ({ floor, label: workplace ? 'Departments' : floorLabel(floor), units: members, ...tally(members) }))
}

/**
 * Where to knock next: units never knocked (in list order), then not-home retries (oldest
 * knock first), then refusals and move-outs old enough to try again. Units where people
 * talked with us are follow-up work, not knocking.
 */
export function nextToKnock(units: readonly UnitCoverage[], options: CoverageOptions): NextUnit[] {
  const refusedBefore = options.now - (options.retryRefusedAfterDays ?? 90) * DAY
  const movedBefore = options.now - (options.retryMovedOutAfterDays ?? 30) * DAY
  const never: NextUnit[] = []
  const retries: NextUnit[] = []
  const stale: NextUnit[] = []
  for (const unit of units) {
    if (!unit.listed) continue
    const latest = unit.latest
    if (!latest) never.push({ unit: unit.unit, reason: { kind: 'never', contacts: unit.contacts } })
    else if (latest.outcome === 'notHome') {
      const tries = unit.knocks.length - unit.knocks.findLastIndex((k) => k.outcome !== 'notHome') - 1
      retries.push({ unit: unit.unit, reason: { kind: 'notHome', since: latest.at, tries } })
    } else if (latest.outcome === 'refused' && latest.at < refusedBefore) stale.push({ unit: unit.unit, reason: { kind: 'refused', since: latest.at } })
    else if (latest.outcome === 'movedOut' && latest.at < movedBefore) stale.push({ unit: unit.unit, reason: { kind: 'movedOut', since: latest.at } })
  }
  const since = (n: NextUnit) => ('since' in n.reason ? n.reason.since : 0)
  return [...never, ...retries.sort((a, b) => since(a) - since(b)), ...stale.sort((a, b) => since(a) - since(b))]
}
