import { useEffect, useState } from 'react'
import { LEAFLET_STATUSES, type LeafletStatus } from '../../shared/leaflets/leaflet'

const STATUS_LABEL: Record<LeafletStatus, string> = { draft: 'Draft', ready: 'Ready', printed: 'Printed', distributed: 'Distributed' }

export function StatusSelect({ value, onChange, label = 'Status' }: { value: LeafletStatus; onChange: (s: LeafletStatus) => void; label?: string }) {
  return (
    <select className={`select compact leaflet-status status-${value}`} aria-label={label} value={value} onChange={(e) => onChange(e.target.value as LeafletStatus)}>
      {LEAFLET_STATUSES.map((s) => (
        <option key={s} value={s}>
          {STATUS_LABEL[s]}
        </option>
      ))}
    </select>
  )
}

/** A whole number typed freely; committed on blur or Enter, refused (with the reason) when it is not one. */
export function CopiesInput({ value, onCommit, label }: { value: number; onCommit: (n: number) => void; label: string }) {
  const [text, setText] = useState(String(value))
  const [error, setError] = useState('')
  useEffect(() => setText(String(value)), [value])
  const commit = () => {
    const n = Number(text.trim())
    if (!Number.isInteger(n) || n < 0) return setError('A whole number, 0 or more')
    setError('')
    if (n !== value) onCommit(n)
  }
  return (
    <span className="copies">
      <input className="input compact copies-input" inputMode="numeric" aria-label={label} aria-invalid={error ? true : undefined} value={text} onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
      {error && <span className="error-text" role="alert">{error}</span>}
    </span>
  )
}
