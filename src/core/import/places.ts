import { str } from '../../shared/notebook/scalar'
import { scalar } from '../../shared/notebook/scalar'
import { newId } from '../../shared/ids'
import type { PlaceDoc } from '../../shared/places/place'
import { addressKey, placeIdFor } from '../../shared/places/placeId'
import type { Notebook } from '../notebook/Notebook'
import { allRecords } from '../contacts/readAll'

/** Finds the building for each address, making a place record for those the notebook does not know yet. */
export async function placesFor(notebook: Notebook, addresses: Iterable<string>, now: number): Promise<{ idOf: Map<string, string>; created: PlaceDoc[] }> {
  const known = new Map<string, string>()
  const places = await allRecords<PlaceDoc>(notebook, 'places')
  for (const place of places) if (!place.mergedInto) known.set(addressKey(str(place.address) || str(place.name)), place.id)
  // The address of a place merged into another leads to the place it was merged into.
  for (const place of places) {
    const key = addressKey(str(place.address) || str(place.name))
    if (place.mergedInto && !known.has(key)) known.set(key, str(place.mergedInto))
  }
  const idOf = new Map<string, string>()
  const created: PlaceDoc[] = []
  for (const address of addresses) {
    const key = addressKey(address)
    if (!key || idOf.has(address)) continue
    let id = known.get(key)
    if (!id) {
      // The same id another device (or another import) would give this building.
      id = placeIdFor(address) ?? newId()
      known.set(key, id)
      created.push({ id, createdAt: now, updatedAt: now, kind: scalar('building'), name: scalar(address), address: scalar(address), units: [] })
    }
    idOf.set(address, id)
  }
  return { idOf, created }
}
