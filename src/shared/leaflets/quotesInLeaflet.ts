import * as A from '@automerge/automerge'
import { markerToSpec } from '../richtext/schema'
import { LEAFLET_TEXT_FIELDS, type LeafletDoc } from './leaflet'

/** The quote ids of the gathered-quote blocks in a leaflet's text fields. */
export function quotesInLeaflet(doc: A.Doc<LeafletDoc>): Set<string> {
  const ids = new Set<string>()
  for (const field of LEAFLET_TEXT_FIELDS) {
    if (typeof doc[field] !== 'string') continue
    for (const span of A.spans(doc, [field])) {
      if (span.type !== 'block') continue
      const spec = markerToSpec(span.value as Record<string, unknown>)
      if (spec.kind === 'gathered-quote' && spec.quoteId) ids.add(spec.quoteId)
    }
  }
  return ids
}
