import { useEffect, useState } from 'react'
import { decodeImportFile, tooLarge } from '../../shared/contacts/importFile'
import { IMPORT_FIELDS, type ImportField, type ImportMapping, type ImportPreview, type ImportProgress, type ImportResult } from '../../shared/contacts/importTypes'
import { newId } from '../../shared/ids'
import type { NotebookSession } from '../session/NotebookSession'

const FIELD_LABELS: Record<ImportField, string> = {
  name: 'Full name', firstName: 'First name', lastName: 'Last name', phone: 'Phone', email: 'Email', tags: 'Tags', languages: 'Languages',
  address: 'Address (building)', unit: 'Unit / department', whereMet: 'Where met', howMet: 'How met', owner: 'Responsible', notes: 'Notes', noTexts: 'No texts (opt-out)', ignore: '— ignore —',
}

/** Choose a file → map its columns → preview with the row report and duplicates → import with progress. */
export function ImportDialog({ session, onClose }: { session: NotebookSession; onClose: () => void }) {
  const [file, setFile] = useState<{ fileName: string; text: string }>()
  const [mapping, setMapping] = useState<ImportMapping>()
  const [preview, setPreview] = useState<ImportPreview>()
  const [skipDuplicates, setSkip] = useState(false)
  const [reservoir, setReservoir] = useState(false)
  const [progress, setProgress] = useState<ImportProgress>()
  const [result, setResult] = useState<ImportResult>()
  const [error, setError] = useState<string>()

  useEffect(() => {
    if (!file) return
    let live = true
    session.bridge
      .previewImport({ notebookId: session.id, ...file, ...(mapping ? { mapping } : {}) })
      .then((p) => live && (setPreview(p), setError(undefined)))
      .catch((e: Error) => live && (setPreview(undefined), setError(e.message)))
    return () => {
      live = false
    }
  }, [session, file, mapping])

  const choose = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0]
    if (!chosen) return
    setResult(undefined)
    setMapping(undefined)
    setPreview(undefined)
    setFile(undefined)
    // The size is checked before reading, and the bytes are decoded here (UTF-16, Windows-1252) so the core gets text.
    const decoded = tooLarge(chosen.size) ? { ok: false as const, reason: tooLarge(chosen.size)! } : decodeImportFile(new Uint8Array(await chosen.arrayBuffer()))
    if (!decoded.ok) return setError(`${chosen.name}: ${decoded.reason}`)
    setError(undefined)
    setFile({ fileName: chosen.name, text: decoded.text })
  }

  const commit = async () => {
    if (!file || !preview) return
    const importId = newId()
    const off = session.bridge.on('importProgress', (p) => p.importId === importId && setProgress(p))
    try {
      setResult(await session.bridge.commitImport({ notebookId: session.id, importId, ...file, mapping: preview.mapping, skipDuplicates, reservoir }))
    } catch (e) {
      setError((e as Error).message)
    } finally {
      off()
    }
  }

  const errors = preview?.problems.filter((p) => p.severity === 'error').length ?? 0
  return (
    <section className="sheet" aria-label="Import contacts">
      <div className="sheet-head">
        <h2>Import contacts</h2>
        <span className="spacer" />
        <button className="btn subtle" onClick={onClose}>Close</button>
      </div>
      <label className="field">
        <span>A CSV export (Action Network, NGP VAN, Spoke, Solidarity Tech, any spreadsheet) or a vCard file</span>
        <input type="file" aria-label="File to import" accept=".csv,.tsv,.txt,.vcf,.vcard,text/csv,text/vcard" onChange={(e) => void choose(e.target)} />
      </label>
      {error && <p className="error-text" role="alert" data-testid="import-error">{error}</p>}
      {preview && !result && (
        <>
          <p data-testid="import-summary">
            {preview.source}: {preview.valid} of {preview.total} {preview.format === 'vcard' ? 'cards' : 'rows'} ready{errors > 0 && `, ${errors} left out`}, {preview.duplicates.length} look like people you already have.
          </p>
          {preview.format === 'csv' && (
            <div className="mapping" role="group" aria-label="Column mapping">
              {preview.headers.map((h) => (
                <label key={h} className="map-row">
                  <span className="muted">{h}</span>
                  <select className="select compact" aria-label={`Column ${h}`} value={preview.mapping[h] ?? 'ignore'} onChange={(e) => setMapping({ ...preview.mapping, [h]: e.target.value as ImportField })}>
                    {IMPORT_FIELDS.map((f) => (
                      <option key={f} value={f}>{FIELD_LABELS[f]}</option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          )}
          <table className="preview" aria-label="Preview">
            <thead><tr><th>{preview.format === 'vcard' ? 'Card' : 'Row'}</th><th>Name</th><th>Phones</th><th>Email</th><th>Place</th><th>Tags</th></tr></thead>
            <tbody>
              {preview.sample.slice(0, 8).map((r) => (
                <tr key={r.row}><td>{r.row}</td><td>{r.name}</td><td>{r.phones.join(', ')}</td><td>{r.email}</td><td>{[r.address, r.unit].filter(Boolean).join(' · ')}</td><td>{r.tags.join(', ')}</td></tr>
              ))}
            </tbody>
          </table>
          {preview.problems.length > 0 && (
            <ul className="report" aria-label="Row report">
              {preview.problems.map((p, i) => (
                <li key={i} className={p.severity}>{preview.format === 'vcard' ? 'Card' : 'Row'} {p.row}{p.column && ` · ${p.column}`}: {p.severity === 'error' ? 'left out, ' : ''}{p.reason}</li>
              ))}
            </ul>
          )}
          {preview.duplicates.length > 0 && (
            <ul className="report" aria-label="Possible duplicates">
              {preview.duplicates.map((d) => (
                <li key={d.row}>Row {d.row} ({d.name}) looks like {d.contactName}: {d.reason}</li>
              ))}
            </ul>
          )}
          <div className="stack">
            <label className="inline-label"><input type="checkbox" checked={skipDuplicates} onChange={(e) => setSkip(e.target.checked)} /> Leave out rows that match someone already here</label>
            <label className="inline-label"><input type="checkbox" checked={reservoir} onChange={(e) => setReservoir(e.target.checked)} /> An old list: put everyone in the reservoir</label>
            <span className="spacer" />
            <button className="btn primary" disabled={preview.valid === 0 || progress?.phase === 'writing'} onClick={() => void commit()}>Import {preview.valid} contacts</button>
          </div>
        </>
      )}
      {progress && !result && <progress aria-label="Import progress" max={progress.total || 1} value={progress.done} />}
      {result && (
        <p role="status" data-testid="import-result">
          Imported {result.imported} contacts{result.skipped ? `, left out ${result.skipped} duplicates` : ''}{result.places ? `, ${result.places} new places` : ''}.
        </p>
      )}
    </section>
  )
}
