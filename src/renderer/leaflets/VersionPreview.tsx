import type * as A from '@automerge/automerge'
import { diffVersions, leafletAt, type LeafletVersion } from '../../shared/leaflets/versions'
import type { LeafletDoc, LeafletTextField } from '../../shared/leaflets/leaflet'
import { SpansView } from './SpansView'

export interface VersionPreviewProps {
  doc: A.Doc<LeafletDoc>
  version: LeafletVersion
  compare: boolean
  fields: LeafletTextField[]
  onClose: () => void
  onRestore: () => void
}

/** A past version read-only, or what changed between it and now. */
export function VersionPreview({ doc, version, compare, fields, onClose, onRestore }: VersionPreviewProps) {
  const then = leafletAt(doc, version.heads)
  return (
    <section className="version-preview" aria-label={compare ? `Changes since ${version.name}` : `Version ${version.name}`}>
      <div className="version-bar">
        <strong>{compare ? `Changes since “${version.name}”` : `“${version.name}” (read-only)`}</strong>
        <span className="spacer" />
        <button type="button" className="btn compact" onClick={onRestore}>Restore this version</button>
        <button type="button" className="btn compact primary" onClick={onClose}>Back to now</button>
      </div>
      {compare ? (
        <p className="version-diff" data-testid="version-diff">
          {diffVersions(then, doc).map((part, i) =>
            part.kind === 'added' ? <ins key={i}>{part.text}</ins> : part.kind === 'removed' ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>,
          )}
        </p>
      ) : (
        fields.map((field) => <SpansView key={field} doc={then} field={field} />)
      )}
    </section>
  )
}
