import { z } from 'zod'
import type { PlacesApi } from '../placesContract'

const notebookId = z.string().min(1).max(200)
const id = z.string().min(1).max(200)

/** Argument schemas of the bridge's places section. */
export const PLACES_ARGS: { [M in keyof PlacesApi]: z.ZodType<Parameters<PlacesApi[M]>[0]> } = {
  findPlaceDuplicates: z.object({ notebookId }).strict(),
  mergePlaces: z.object({ notebookId, keepId: id, mergeIds: z.array(id).min(1).max(100) }).strict(),
}
