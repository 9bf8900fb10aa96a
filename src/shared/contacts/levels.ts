import type { Scalar } from '../notebook/scalar'
import { scalar, str } from '../notebook/scalar'

/** Where someone stands in one struggle. The label is per campaign and changes over time. */
export const LEVELS = ['advanced', 'intermediate', 'backward', 'unknown'] as const
export type Level = (typeof LEVELS)[number]

export const LEVEL_LABELS: Record<Level, string> = {
  advanced: 'Advanced',
  intermediate: 'Intermediate',
  backward: 'Backward',
  unknown: 'Not yet known',
}

/**
 * One judgement in a contact's level history. Each entry is a key of its own on the contact
 * record (`level:<new id>`), so two devices that judge the same person concurrently both keep
 * theirs. A nested map would not do: two devices creating the same map at once is a conflict
 * that hides one side's entries.
 */
export interface LevelEntryDoc {
  campaign: Scalar
  level: Scalar
  at: number
  by?: Scalar
  why?: Scalar
}

export interface LevelEntry {
  id: string
  campaignId: string
  level: Level
  at: number
  by: string
  why: string
}

export const LEVEL_KEY = 'level:'
export type LevelKey = `level:${string}`

export function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value)
}

export function newLevelEntry(campaignId: string, level: Level, at: number, by = '', why = ''): LevelEntryDoc {
  const entry: LevelEntryDoc = { campaign: scalar(campaignId), level: scalar(level), at }
  if (by.trim()) entry.by = scalar(by.trim())
  if (why.trim()) entry.why = scalar(why.trim())
  return entry
}

/** Latest by time, then by id: every device picks the same current level from the same history. */
export function byTimeThenId(a: { at: number; id: string }, b: { at: number; id: string }): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** Every level entry stored on a record, oldest first. */
export function levelEntries(record: object): LevelEntry[] {
  const entries: LevelEntry[] = []
  for (const [key, value] of Object.entries(record)) {
    if (!key.startsWith(LEVEL_KEY)) continue
    const e = value as LevelEntryDoc
    const level = str(e.level)
    entries.push({ id: key.slice(LEVEL_KEY.length), campaignId: str(e.campaign), level: isLevel(level) ? level : 'unknown', at: e.at, by: str(e.by), why: str(e.why) })
  }
  return entries.sort(byTimeThenId)
}

/** One campaign's history, oldest first. */
export function levelHistory(record: object, campaignId: string): LevelEntry[] {
  return levelEntries(record).filter((e) => e.campaignId === campaignId)
}

/** The current level per campaign (campaigns never judged are absent). */
export function currentLevels(record: object): Record<string, Level> {
  const current: Record<string, Level> = {}
  for (const entry of levelEntries(record)) current[entry.campaignId] = entry.level
  return current
}
