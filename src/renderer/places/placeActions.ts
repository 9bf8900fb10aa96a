import { newId } from '../../shared/ids'
import type { PlaceDoc } from '../../shared/places/place'
import { placeIdFor } from '../../shared/places/placeId'
import { putNewPlace, type PlaceInput } from '../../shared/places/placeMutations'
import type { NotebookSession } from '../session/NotebookSession'
import { editRecord, type RecordMutation } from './editRecord'

export const editPlace = (session: NotebookSession, id: string, mutate: RecordMutation<PlaceDoc>): Promise<string | null> => editRecord(session, 'places', id, mutate)

export async function createPlace(session: NotebookSession, input: PlaceInput, units: readonly string[]): Promise<{ id: string } | { error: string }> {
  // Two comrades adding the same building while apart make one place: its id comes from its address.
  const id = placeIdFor(input.address) ?? newId()
  const error = await editPlace(session, id, (shard, placeId, now) => putNewPlace(shard, placeId, input, now, units))
  return error ? { error } : { id }
}
