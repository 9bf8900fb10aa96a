import type { SearchHit, SearchKind } from '../../shared/searchContract'
import type { View } from '../app/views'

const VIEW_OF: Record<SearchKind, View> = { note: 'notes', quote: 'notes', contact: 'contacts', place: 'places', campaign: 'campaigns', leaflet: 'leaflets' }

/** Where a result leads: a quote opens the conversation it was said in. */
export function hitRoute(hit: SearchHit): [View, string] {
  return [VIEW_OF[hit.kind], hit.kind === 'quote' ? (hit.noteId ?? '') : hit.id]
}

export const KIND_LABELS: Record<SearchKind, string> = { note: 'Notes', quote: 'Quotes', contact: 'Contacts', place: 'Places', campaign: 'Campaigns', leaflet: 'Leaflets' }
