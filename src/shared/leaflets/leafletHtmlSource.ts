import * as A from '@automerge/automerge'
import { str } from '../notebook/scalar'
import { modelFromDoc } from '../richtext/model'
import { makeRun, type Run } from '../richtext/runs'
import type { BlockSpec } from '../richtext/schema'
import { isLayoutId, type LayoutId } from './layouts'
import { citedAttribution, quoteParts } from './leafletHtmlCredits'

/** One block of leaflet text, as the print and Markdown writers read it. */
export interface PrintBlock {
  spec: BlockSpec
  runs: Run[]
  /** Gathered quotes: the credit line printed under the words (already anonymized where it must be). */
  credit?: string
}

/** What a leaflet prints: its text in one or two languages and the layout it asks for. */
export interface LeafletSource {
  title: string
  layout: LayoutId
  langA: string
  langB: string
  a: PrintBlock[]
  b: PrintBlock[]
}

/** The leaflet fields print reads; read defensively, since records are sparse and older leaflets lack the bilingual ones. */
type LeafletFields = { title?: unknown; layout?: unknown; langA?: unknown; langB?: unknown; body?: unknown; bodyB?: unknown }


function blocksOf(doc: A.Doc<LeafletFields>, field: 'body' | 'bodyB'): PrintBlock[] {
  if (typeof doc[field] !== 'string') return []
  const blocks = modelFromDoc(doc, [field]).map(({ spec, runs }): PrintBlock => {
    if (spec.kind !== 'gathered-quote') return { spec, runs }
    const { words, credit } = quoteParts(runs.map((r) => r.text).join(''), citedAttribution(doc, spec.quoteId ?? ''))
    return { spec, runs: [makeRun(words, {})], credit }
  })
  // A body holding nothing but one empty paragraph is empty.
  return blocks.some((b) => b.runs.some((r) => r.text.trim() !== '') || b.spec.kind === 'hr') ? blocks : []
}

export function readLeafletSource(doc: A.Doc<LeafletFields>): LeafletSource {
  const layout = str(doc.layout)
  return {
    title: str(doc.title),
    layout: isLayoutId(layout) ? layout : 'letter',
    langA: str(doc.langA),
    langB: str(doc.langB),
    a: blocksOf(doc, 'body'),
    b: blocksOf(doc, 'bodyB'),
  }
}

