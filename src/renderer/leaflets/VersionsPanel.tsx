import { useState, type FormEvent } from 'react'
import type { LeafletVersion } from '../../shared/leaflets/versions'

export interface VersionsProps {
  versions: LeafletVersion[]
  onName: (name: string) => string | null
  onView: (v: LeafletVersion) => void
  onCompare: (v: LeafletVersion) => void
  onRestore: (v: LeafletVersion) => void
}

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })

/** Named versions: name the leaflet as it is now, then view, compare or restore any of them. */
export function VersionsPanel({ versions, onName, onView, onCompare, onRestore }: VersionsProps) {
  const [name, setName] = useState('')
  const [error, setError] = useState('')
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const problem = onName(name)
    setError(problem ?? '')
    if (!problem) setName('')
  }
  return (
    <div className="versions">
      <form className="slogan-add" onSubmit={submit}>
        <input className="input compact" aria-label="Version name" placeholder="e.g. sent to print 3 May" value={name} onChange={(e) => (setName(e.target.value), setError(''))} />
        <button className="btn compact" type="submit">Name this version</button>
      </form>
      {error && <p className="error-text" role="alert">{error}</p>}
      <ul className="version-list" aria-label="Versions">
        {versions.length === 0 && <li className="muted">No named versions yet. Name one before sending it to print.</li>}
        {versions.map((v) => (
          <li key={v.id} className="version" data-testid="version">
            <div>
              <strong>{v.name}</strong> <span className="muted">{when(v.at)}</span>
            </div>
            <div className="stack">
              <button type="button" className="btn compact" aria-label={`View ${v.name}`} onClick={() => onView(v)}>View</button>
              <button type="button" className="btn compact" aria-label={`Compare ${v.name} with now`} onClick={() => onCompare(v)}>Compare</button>
              <button type="button" className="btn compact" aria-label={`Restore ${v.name}`} onClick={() => onRestore(v)}>Restore</button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}
