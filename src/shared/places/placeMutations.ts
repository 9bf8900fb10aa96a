import { newId } from '../ids'
import { recordIn } from '../notebook/recordIn'
import { scalar, str, strs } from '../notebook/scalar'
import type { ShardDoc } from '../notebook/schema'
import { KNOCK_KEY, newKnockDoc, type KnockInput } from './knocks'
import type { PlaceDoc, PlaceKind } from './place'
import { uniqueUnits, unitKey } from './units'

/** Mutations that run inside `handle.change` on the place's shard document. Bad input throws before anything is written. */

export interface PlaceInput {
  kind: PlaceKind
  name: string
  address: string
}

function needsTitle(name: string, address: string): void {
  if (!name.trim() && !address.trim()) throw new Error('A place needs a name or an address')
}

export function newPlaceDoc(id: string, input: PlaceInput, now: number, units: readonly string[] = []): PlaceDoc {
  needsTitle(input.name, input.address)
  return {
    id,
    createdAt: now,
    updatedAt: now,
    kind: scalar(input.kind),
    name: scalar(input.name.trim()),
    address: scalar(input.address.trim()),
    units: uniqueUnits(units).map(scalar),
  }
}

export function putNewPlace(shard: ShardDoc<PlaceDoc>, id: string, input: PlaceInput, now: number, units: readonly string[] = []): void {
  // Ids of buildings come from their address (`placeIdFor`): the same address is the same place.
  if (shard.records[id]) throw new Error(`${str(shard.records[id].address) || 'That place'} is already in the notebook`)
  shard.records[id] = newPlaceDoc(id, input, now, units)
}

export function setPlaceField(shard: ShardDoc<PlaceDoc>, id: string, field: keyof PlaceInput, value: string, now: number): void {
  const place = recordIn(shard, id, 'place')
  if (field === 'kind' && value !== 'building' && value !== 'workplace') throw new Error(`“${value}” is not a kind of place`)
  if (field === 'name') needsTitle(value, str(place.address))
  if (field === 'address') needsTitle(str(place.name), value)
  place[field] = scalar(value.trim())
  place.updatedAt = now
}

/** Appends the units the place does not have yet (compared loosely: "4b" is "4B"); returns how many were new. */
export function addUnits(shard: ShardDoc<PlaceDoc>, id: string, units: readonly string[], now: number): number {
  const place = recordIn(shard, id, 'place')
  const have = new Set(strs(place.units).map(unitKey))
  const fresh = uniqueUnits(units).filter((u) => !have.has(unitKey(u)))
  if (!fresh.length) return 0
  if (!place.units) place.units = []
  place.units.push(...fresh.map(scalar))
  place.updatedAt = now
  return fresh.length
}

/** Takes a unit off the list; its knocks stay on the record (and coverage still shows them). */
export function removeUnit(shard: ShardDoc<PlaceDoc>, id: string, unit: string, now: number): void {
  const place = recordIn(shard, id, 'place')
  const index = strs(place.units).findIndex((u) => unitKey(u) === unitKey(unit))
  if (index < 0) throw new Error(`No unit “${unit}” in this place`)
  place.units.splice(index, 1)
  place.updatedAt = now
}

/** Records one knock at a listed unit; returns the knock's id. */
export function recordKnock(shard: ShardDoc<PlaceDoc>, id: string, input: KnockInput, now: number, knockId = newId()): string {
  const place = recordIn(shard, id, 'place')
  const listed = strs(place.units).find((u) => unitKey(u) === unitKey(input.unit))
  if (!listed) throw new Error(`No unit “${input.unit}” in this place`)
  place[`${KNOCK_KEY}${knockId}`] = newKnockDoc({ ...input, unit: listed })
  place.updatedAt = now
  return knockId
}

function knockIn(place: PlaceDoc, knockId: string) {
  const knock = place[`${KNOCK_KEY}${knockId}`]
  if (!knock) throw new Error(`No knock ${knockId} on this place`)
  return knock
}

/** Deletes a knock recorded by mistake. */
export function removeKnock(shard: ShardDoc<PlaceDoc>, id: string, knockId: string, now: number): void {
  const place = recordIn(shard, id, 'place')
  knockIn(place, knockId)
  delete place[`${KNOCK_KEY}${knockId}`]
  place.updatedAt = now
}

/** Links a knock to the conversation note it led to ('' unlinks). */
export function linkKnockNote(shard: ShardDoc<PlaceDoc>, id: string, knockId: string, noteId: string, now: number): void {
  const place = recordIn(shard, id, 'place')
  const knock = knockIn(place, knockId)
  if (noteId.trim()) knock.noteId = scalar(noteId.trim())
  else delete knock.noteId
  place.updatedAt = now
}
