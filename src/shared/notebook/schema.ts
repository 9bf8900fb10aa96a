import type { Scalar } from './scalar'
import type { TermDoc } from './terms'
import type { SloganDoc } from './slogans'
import type { CandidateDoc } from '../campaigns/candidate'
import type { PurgeEntryDoc } from '../purge/purgeLog'

/**
 * The document layout of a notebook. A notebook is one small root document that lists
 * fixed sets of shard documents (records bucketed by a hash of their id) plus one
 * document per leaflet. See docs/ARCHITECTURE.md for why.
 */
export const SCHEMA_VERSION = 1

/** Record kinds stored in shard documents. Leaflets live in documents of their own. */
export const RECORD_KINDS = ['contacts', 'notes', 'places', 'campaigns', 'meetings', 'tasks'] as const
export type RecordKind = (typeof RECORD_KINDS)[number]

/** Shards per kind, fixed when a notebook is created (changing it is a migration). */
export const DEFAULT_SHARD_COUNTS: Record<RecordKind, number> = {
  contacts: 64,
  notes: 64,
  places: 8,
  campaigns: 4,
  meetings: 8,
  tasks: 8,
}

/** Document URLs and the name are scalars: values, never merged character by character. */
export interface NotebookRootDoc {
  schemaVersion: number
  notebookId: string
  name: Scalar
  createdAt: number
  shards: Record<RecordKind, Scalar[]>
  leaflets: Record<string, Scalar>
  settings: NotebookSettings
  /** Problems and targets (notebook/terms.ts), one key each. */
  [term: `term:${string}`]: TermDoc
  /** Slogans and demands (notebook/slogans.ts), one key each. */
  [slogan: `slogan:${string}`]: SloganDoc
  /** Candidate fights on the "Choose a fight" board (campaigns/candidate.ts), one key each. */
  [fight: `fight:${string}`]: CandidateDoc
  /** Purges from history (purge/purgeLog.ts): the documents every member retires. */
  [purge: `purge:${string}`]: PurgeEntryDoc
}

export interface NotebookSettings {
  /** ISO 3166 region used to read phone numbers typed without a country code. */
  defaultRegion: string
  /** Follow-up cadence rules (`StoredRules` in contacts/followUp), only what differs from the defaults. */
  followUp?: {
    everyDays?: Partial<Record<'core' | 'advanced' | 'intermediate' | 'reservoir', number>>
    retryDays?: number
    coldAfterDays?: number
    /** While a campaign a contact is judged in is at high tide, these cadences apply instead. */
    highTideEveryDays?: Partial<Record<'core' | 'advanced' | 'intermediate' | 'reservoir', number>>
  }
  /** Languages the collective's members speak (the language criterion of the "Choose a fight" board). */
  memberLanguages?: Scalar[]
}

/** Every record carries these. Timestamps are milliseconds since the epoch. */
export interface BaseRecord {
  id: string
  createdAt: number
  updatedAt: number
}

export interface ShardDoc<R extends BaseRecord = BaseRecord> {
  schemaVersion: number
  kind: RecordKind
  shard: number
  records: Record<string, R>
}
