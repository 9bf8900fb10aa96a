import { scalar, str, strs, type Scalar } from '../notebook/scalar'
import type { PurgeTargetKind } from './purgeScope'

/**
 * A purge as the root document records it, one `purge:<id>` key each (two devices purging at
 * once never touch the same map). It names what kind of thing went and the documents retired,
 * never who or what: the old document ids are the denylist every member enforces.
 */
export interface PurgeEntryDoc {
  kind: Scalar
  at: number
  documents: Scalar[]
  moves?: { from: Scalar; into: Scalar; heads: Scalar[]; base: Scalar[] }[]
}

/**
 * Where a retired document went: `heads` are the old document's when it was copied, `base` the
 * new one's as made. A member who edited the old one past `heads` (away, or during the purge)
 * has those edits carried onto the new one from `base` (`core/purge/carryOver.ts`).
 */
export interface PurgeMove {
  from: string
  into: string
  heads: string[]
  base: string[]
}

export interface PurgeEntry {
  id: string
  kind: PurgeTargetKind
  at: number
  documents: string[]
  /** Absent in purges recorded before edits were carried over. */
  moves?: PurgeMove[]
}

type PurgeKey = `purge:${string}`

export function listPurges(root: object): PurgeEntry[] {
  return Object.entries(root)
    .filter(([key, value]) => key.startsWith('purge:') && value && typeof value === 'object')
    .map(([key, value]) => {
      const entry = value as Partial<PurgeEntryDoc>
      const kind = str(entry.kind)
      return {
        id: key.slice(6),
        kind: kind === 'note' || kind === 'quote' ? kind : 'contact',
        at: typeof entry.at === 'number' ? entry.at : 0,
        documents: strs(entry.documents),
        ...(Array.isArray(entry.moves) ? { moves: entry.moves.map(readMove) } : {}),
      } satisfies PurgeEntry
    })
    .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))
}

/** Every document id some purge retired: no member keeps, serves or accepts them. */
export function deniedDocuments(root: object): Set<string> {
  return new Set(listPurges(root).flatMap((entry) => entry.documents))
}

export function recordPurge(root: object, entry: PurgeEntry): void {
  ;(root as Record<PurgeKey, PurgeEntryDoc>)[`purge:${entry.id}`] = {
    kind: scalar(entry.kind),
    at: entry.at,
    documents: entry.documents.map(scalar),
    ...(entry.moves ? { moves: entry.moves.map((m) => ({ from: scalar(m.from), into: scalar(m.into), heads: m.heads.map(scalar), base: m.base.map(scalar) })) } : {}),
  }
}

function readMove(value: unknown): PurgeMove {
  const move = (value ?? {}) as Record<string, unknown>
  return { from: str(move.from), into: str(move.into), heads: strs(move.heads), base: strs(move.base) }
}
