import type { PlacesApi } from '../../shared/placesContract'
import type { Notebook } from '../notebook/Notebook'
import { mergePlaces, scanPlaceDuplicates } from '../places/mergePlaces'

/** The bridge's places section, over the core's open notebooks. */
export function createPlacesApi(notebook: (notebookId: string) => Promise<Notebook>): PlacesApi {
  return {
    async findPlaceDuplicates({ notebookId }) {
      return { groups: await scanPlaceDuplicates(await notebook(notebookId)) }
    },
    async mergePlaces({ notebookId, keepId, mergeIds }) {
      return { keepId: await mergePlaces(await notebook(notebookId), keepId, mergeIds) }
    },
  }
}
