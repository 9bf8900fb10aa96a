import { idFromKey } from '../ids'
import { foldName } from '../contacts/similarity'

/** Words of an address written several ways, each to one spelling: "12 Main St." is "12 main street". */
const SPELLINGS: Record<string, string> = { st: 'street', str: 'street', ave: 'avenue', av: 'avenue', rd: 'road', blvd: 'boulevard', dr: 'drive', ln: 'lane', pl: 'place', ct: 'court', sq: 'square', hwy: 'highway', pkwy: 'parkway', n: 'north', s: 'south', e: 'east', w: 'west' }

/** An address as compared for "same building": case, accents, punctuation and common abbreviations folded. */
export function addressKey(address: string): string {
  return foldName(address)
    .split(' ')
    .map((word) => SPELLINGS[word] ?? word)
    .join(' ')
}

/**
 * The id of the building at an address, the same on every device: two comrades who add the
 * same building while apart (or two imports of one list) make one place, not two.
 * Undefined for a place with no address (a workplace known by name only gets a random id).
 */
export function placeIdFor(address: string): string | undefined {
  const key = addressKey(address)
  if (!key) return undefined
  return idFromKey('place', key)
}
