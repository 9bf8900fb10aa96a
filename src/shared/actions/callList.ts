import { callable, DAY_MS, inReservoir } from '../contacts/followUp'
import type { ContactRow } from '../contacts/contactRow'
import type { Level } from '../contacts/levels'

/** Who to call for an action. Every field narrows the list; empty means any. */
export interface CallListFilter {
  /** Levels judged in the campaign (any campaign when it is empty). */
  levels?: Level[]
  /** 'only': the reservoir alone; 'without': leave it out; 'with' or absent: anyone. */
  reservoir?: 'with' | 'only' | 'without'
  placeId?: string
  language?: string
  /** Last contact at least this many days ago (drawing in those we have not talked to)… */
  quietForDays?: number
  /** …or at most this many days ago (those we are in touch with). */
  contactedWithinDays?: number
}

function levelIn(row: ContactRow, campaignId: string): Level {
  if (campaignId) return row.levels[campaignId] ?? 'unknown'
  const values = Object.values(row.levels)
  return values.includes('advanced') ? 'advanced' : values.includes('intermediate') ? 'intermediate' : values.length && values.every((l) => l === 'backward') ? 'backward' : 'unknown'
}

/**
 * The contacts to call for an action of `campaignId`, by the filter. Never anyone merged away,
 * who said not to call, whose number was wrong, or judged backward (in the campaign; in every
 * campaign judged, for an action of none): the backward are not drawn on for calls to action.
 */
export function callList(rows: readonly ContactRow[], campaignId: string, filter: CallListFilter, now: number): ContactRow[] {
  const levels = filter.levels?.length ? new Set<Level>(filter.levels) : null
  const language = filter.language?.trim().toLowerCase() ?? ''
  const quietBefore = filter.quietForDays ? now - filter.quietForDays * DAY_MS : null
  const since = filter.contactedWithinDays ? now - filter.contactedWithinDays * DAY_MS : null
  const list: ContactRow[] = []
  for (const row of rows) {
    if (row.mergedInto || !callable(row.follow) || !row.phone) continue
    const level = levelIn(row, campaignId)
    if (level === 'backward' || (levels && !levels.has(level))) continue
    if (filter.reservoir === 'only' && !inReservoir(row)) continue
    if (filter.reservoir === 'without' && inReservoir(row)) continue
    if (filter.placeId && row.placeId !== filter.placeId) continue
    if (language && !row.languages.some((l) => l.toLowerCase() === language)) continue
    const last = row.follow.lastAt ?? 0
    if (quietBefore !== null && last > quietBefore) continue
    if (since !== null && last < since) continue
    list.push(row)
  }
  return list
}
