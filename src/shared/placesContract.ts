import type { PlaceDuplicateGroup } from './places/placeDuplicates'

/** The places section of the bridge: duplicates and merges (edits travel as documents). */
export interface PlacesApi {
  findPlaceDuplicates(args: { notebookId: string }): Promise<{ groups: PlaceDuplicateGroup[] }>
  mergePlaces(args: { notebookId: string; keepId: string; mergeIds: string[] }): Promise<{ keepId: string }>
}

export const PLACES_METHODS: (keyof PlacesApi)[] = ['findPlaceDuplicates', 'mergePlaces']
