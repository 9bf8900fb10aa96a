import { cellKey } from '../../../shared/notes/matrix'
import { isEvidenceRef, parseEvidence } from '../../../shared/campaigns/ripeness'
import { hashFor } from '../../app/views'
import type { EvidenceChoices } from './EvidencePicker'

/** Evidence as links back to where it came from: the note, the quote's note, the matrix cell, the contact. */
export function EvidenceLinks({ refs, choices }: { refs: string[]; choices: EvidenceChoices }) {
  if (!refs.length) return null
  return (
    <span className="evidence-links">
      {refs.filter(isEvidenceRef).map((ref) => {
        const { kind, id, second } = parseEvidence(ref)
        const note = choices.notes.get(id)
        const [href, label] =
          kind === 'note'
            ? [hashFor('notes', id), `conversation ${note?.preview.slice(0, 30) ?? ''}`]
            : kind === 'quote'
              ? [hashFor('notes', id), `“${note?.quotes.find((q) => q.id === second)?.text.slice(0, 40) ?? 'quote'}”`]
              : kind === 'contact'
                ? [hashFor('contacts', id), choices.contactName(id)]
                : [hashFor('matrix', new URLSearchParams({ cell: cellKey(id, second) }).toString()), 'matrix cell']
        return (
          <a key={ref} className="evidence-link" href={href}>
            {label}
          </a>
        )
      })}
    </span>
  )
}
