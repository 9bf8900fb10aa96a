import { AlertTriangle } from 'lucide-react'
import { anonymousAttribution, dropCitation, quoteText, recordCitation, type ConsentProblem } from '../../shared/leaflets/citations'
import type { LeafletDoc, LeafletTextField } from '../../shared/leaflets/leaflet'
import type { NoteRow, QuoteRow } from '../../shared/notes/noteRow'
import type { Go } from '../app/views'
import type { RichTextApi } from '../richtext/RichTextEditor'
import { rewriteQuoteBlocks } from './editorActions'
import type { PlaceInfo } from './useLeaflets'

export interface ConsentWarningsProps {
  problems: ConsentProblem[]
  quoteOf: (noteId: string, quoteId: string) => QuoteRow | undefined
  rows: NoteRow[]
  places: PlaceInfo[]
  apis: Partial<Record<LeafletTextField, RichTextApi>>
  go: Go
  onCiteChange: (fn: (doc: LeafletDoc) => void) => void
}

/** Cited quotes whose consent changed after citing, each with a one-click fix. */
export function ConsentWarnings({ problems, quoteOf, rows, places, apis, go, onCiteChange }: ConsentWarningsProps) {
  if (problems.length === 0) return null
  const editors = Object.values(apis).map((a) => a.editor)

  const fix = (p: ConsentProblem) => {
    const { quoteId, noteId } = p.citation
    const quote = quoteOf(noteId, quoteId)
    if (p.kind === 'anonymous' && quote) {
      const note = rows.find((r) => r.id === noteId)
      const attribution = anonymousAttribution({ placeKind: places.find((pl) => pl.id === note?.placeId)?.kind ?? '', unit: note?.unit ?? '' })
      for (const editor of editors) rewriteQuoteBlocks(editor, quoteId, quoteText(quote.text, attribution))
      onCiteChange((d) => recordCitation(d, { ...p.citation, use: 'anonymous', attribution, at: Date.now() }))
    } else {
      for (const editor of editors) rewriteQuoteBlocks(editor, quoteId, null)
      onCiteChange((d) => dropCitation(d, quoteId))
    }
  }

  return (
    <ul className="consent-warnings" role="alert" aria-label="Consent warnings">
      {problems.map((p) => (
        <li key={p.citation.quoteId} className="consent-warning" data-testid="consent-warning">
          <AlertTriangle size={16} aria-hidden className="warn-icon" />
          <span className="grow">{p.message}</span>
          <button type="button" className="btn compact" onClick={() => go('notes', p.citation.noteId)}>Open conversation</button>
          <button type="button" className="btn compact primary" onClick={() => fix(p)}>
            {p.kind === 'anonymous' ? 'Quote it anonymously' : 'Take it out of the leaflet'}
          </button>
        </li>
      ))}
    </ul>
  )
}
