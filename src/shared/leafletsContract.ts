/** The leaflets section of the bridge: creating one (the core's repo makes and stores it; edits then travel as documents). */
export interface LeafletsApi {
  /** Creates a leaflet document in the notebook, lists it on the root, and stores both before answering. */
  createLeaflet(args: { notebookId: string; title: string; campaignId: string }): Promise<{ id: string; url: string }>
}

export const LEAFLETS_METHODS: (keyof LeafletsApi)[] = ['createLeaflet']
