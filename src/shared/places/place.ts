import type { BaseRecord } from '../notebook/schema'
import { str, strs, type Scalar } from '../notebook/scalar'
import { uniqueUnits } from './units'
import { knockLog, type Knock, type KnockDoc, type KnockKey } from './knocks'

export const PLACE_KINDS = ['building', 'workplace'] as const
export type PlaceKind = (typeof PLACE_KINDS)[number]

/** A building with units, or a workplace with departments. */
export interface PlaceDoc extends BaseRecord {
  kind: Scalar
  name: Scalar
  address: Scalar
  /** Units (flats, or departments), in the order they are knocked. */
  units: Scalar[]
  /** Set when this place was merged into another (a duplicate of it): readers follow it, lists leave it out. */
  mergedInto?: Scalar
  mergedAt?: number
  /** Each knock is a key of its own (`knock:<id>`), so knocks recorded on two devices both survive. */
  [knock: KnockKey]: KnockDoc
}

/** The plain view of a stored place; records are sparse, so every field has a default. */
export interface Place {
  id: string
  createdAt: number
  updatedAt: number
  kind: PlaceKind
  name: string
  address: string
  units: string[]
  /** The place this one was merged into ('' for a live place). */
  mergedInto: string
  /** Oldest first. */
  knocks: Knock[]
}

export function readPlace(doc: Partial<PlaceDoc> & BaseRecord): Place {
  return {
    id: doc.id,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    kind: str(doc.kind) === 'workplace' ? 'workplace' : 'building',
    name: str(doc.name),
    address: str(doc.address),
    // Two devices folding the same units in at once both append them: read once.
    units: uniqueUnits(strs(doc.units)),
    mergedInto: str(doc.mergedInto),
    knocks: knockLog(doc),
  }
}

/** What a place shows as: its name, else its address. */
export function placeTitle(place: Pick<Place, 'name' | 'address'>): string {
  return place.name.trim() || place.address.trim() || 'Unnamed place'
}

/** "Unit" in a building, "department" in a workplace. */
export function unitWord(kind: PlaceKind, many = false): string {
  return kind === 'workplace' ? (many ? 'departments' : 'department') : many ? 'units' : 'unit'
}
