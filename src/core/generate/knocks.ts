import type { Faker } from '@faker-js/faker'
import { KNOCK_KEY, newKnockDoc, type KnockDoc, type KnockKey, type KnockOutcome } from '../../shared/places/knocks'
import type { PlaceDoc } from '../../shared/places/place'
import { COMRADES } from './vocabulary'

/** How a night of knocking goes: mostly nobody home, a quarter of doors a conversation. */
const OUTCOMES: { value: KnockOutcome; weight: number }[] = [
  { value: 'notHome', weight: 45 },
  { value: 'refused', weight: 12 },
  { value: 'conversation', weight: 25 },
  { value: 'contact', weight: 15 },
  { value: 'movedOut', weight: 3 },
]

/** A canvass history for one place, as `knock:<id>` keys: most units knocked once or twice, some never. */
export function generateKnocks(f: Faker, place: PlaceDoc, from: number, to: number): Record<KnockKey, KnockDoc> {
  const knocks: Record<KnockKey, KnockDoc> = {}
  for (const unit of place.units) {
    const times = f.helpers.weightedArrayElement([
      { weight: 2, value: 0 },
      { weight: 5, value: 1 },
      { weight: 3, value: 2 },
      { weight: 1, value: 3 },
    ])
    for (let i = 0; i < times; i++) {
      const key: KnockKey = `${KNOCK_KEY}${f.string.uuid()}`
      knocks[key] = newKnockDoc({ unit: unit.val, outcome: f.helpers.weightedArrayElement(OUTCOMES), at: f.number.int({ min: from, max: to }), by: f.helpers.arrayElement(COMRADES) })
    }
  }
  return knocks
}
