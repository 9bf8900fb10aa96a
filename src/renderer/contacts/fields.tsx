import { useEffect, useId, useState } from 'react'

/** A text field that writes on every keystroke; what a collaborator changes shows up live. */
export function Field({ label, value, onChange, multiline }: { label: string; value: string; onChange: (value: string) => void; multiline?: boolean }) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} className="textarea" value={value} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  )
}

/** A comma-separated list, written when the field loses focus or on Enter. */
export function ListField({ label, values, onCommit, help }: { label: string; values: string[]; onCommit: (values: string[]) => void; help?: string }) {
  const id = useId()
  const joined = values.join(', ')
  const [draft, setDraft] = useState(joined)
  useEffect(() => setDraft(joined), [joined])
  const commit = () => {
    const next = draft.split(',').map((v) => v.trim()).filter(Boolean)
    if (next.join(', ') !== joined) onCommit(next)
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="input" value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
      {help && <span className="help">{help}</span>}
    </div>
  )
}
