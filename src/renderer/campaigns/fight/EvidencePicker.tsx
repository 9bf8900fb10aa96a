import type { CandidateData } from '../../../shared/campaigns/criterionData'
import type { NoteRow } from '../../../shared/notes/noteRow'

const SHOWN = 6

export interface EvidenceChoices {
  cell: { ref: string; label: string }
  notes: Map<string, NoteRow>
  contactName: (id: string) => string
}

/** Checkboxes over what stands behind a candidate: its matrix cell, its conversations, their quotes and people. */
export function EvidencePicker({ data, choices, chosen, onChange }: { data: CandidateData; choices: EvidenceChoices; chosen: string[]; onChange: (refs: string[]) => void }) {
  const toggle = (ref: string) => onChange(chosen.includes(ref) ? chosen.filter((r) => r !== ref) : [...chosen, ref])
  const notes = data.noteIds.slice(0, SHOWN).flatMap((id) => choices.notes.get(id) ?? [])
  const quotes = notes.flatMap((n) => n.quotes.map((q) => ({ ref: `quote:${n.id}/${q.id}`, text: q.text }))).slice(0, SHOWN)
  const option = (ref: string, label: string) => (
    <label key={ref} className="evidence-option">
      <input type="checkbox" checked={chosen.includes(ref)} onChange={() => toggle(ref)} /> {label}
    </label>
  )
  return (
    <details className="evidence-picker">
      <summary>Evidence ({chosen.length} chosen)</summary>
      {option(choices.cell.ref, `Matrix cell: ${choices.cell.label}`)}
      {quotes.map((q) => option(q.ref, `Quote: “${q.text.slice(0, 90)}”`))}
      {notes.map((n) => option(`note:${n.id}`, `Conversation: ${n.preview.slice(0, 70) || n.id}`))}
      {data.contactIds.slice(0, SHOWN).map((id) => option(`contact:${id}`, `Person: ${choices.contactName(id)}`))}
    </details>
  )
}
