import * as A from '@automerge/automerge'
import { markerForSplit, PARAGRAPH } from './schema'

/** Starts an empty rich-text field: one paragraph marker, so every character belongs to a block. */
export function initRichText(doc: A.Doc<unknown>, path: A.Prop[]): void {
  if (A.spans(doc, path).length === 0) A.splitBlock(doc, path, 0, markerForSplit(PARAGRAPH))
}
