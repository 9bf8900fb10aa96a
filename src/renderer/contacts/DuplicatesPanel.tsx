import { useCallback, useEffect, useState } from 'react'
import type { DuplicatePair } from '../../shared/contacts/duplicates'
import { useStore } from '../app/useStore'
import type { NotebookSession } from '../session/NotebookSession'
import { fullest } from './fullest'

/** Groups of records that are probably one person, with why, and a merge into the one you pick. */
export function DuplicatesPanel({ session, onClose, onOpen }: { session: NotebookSession; onClose: () => void; onOpen: (id: string) => void }) {
  const rows = useStore(session.contacts)
  const [scan, setScan] = useState<{ pairs: DuplicatePair[]; groups: string[][] }>()
  const [keep, setKeep] = useState<Record<number, string>>({})
  const rescan = useCallback(() => void session.bridge.findDuplicates({ notebookId: session.id }).then(setScan), [session])
  useEffect(rescan, [rescan])
  const reasons = (group: string[]) => [...new Set(scan!.pairs.filter((p) => group.includes(p.a) && group.includes(p.b)).flatMap((p) => p.reasons))].join(', ')

  const merge = async (group: string[], i: number) => {
    const keepId = keep[i] ?? fullest(group, (id) => session.contacts.byId(id))
    await session.bridge.mergeContacts({ notebookId: session.id, keepId, mergeIds: group.filter((id) => id !== keepId) })
    onOpen(keepId)
    rescan()
  }

  return (
    <section className="sheet" aria-label="Duplicates">
      <div className="sheet-head">
        <h2>Possible duplicates</h2>
        <span className="spacer" />
        <button className="btn subtle" onClick={rescan}>Scan again</button>
        <button className="btn subtle" onClick={onClose}>Close</button>
      </div>
      {!scan ? <p className="muted">Looking…</p> : scan.groups.length === 0 ? <p className="muted">No duplicates found.</p> : null}
      <ul className="dupes">
        {scan?.groups.map((group, i) => (
          <li key={group.join()} className="dupe-group" data-testid="duplicate-group">
            <span className="muted">{reasons(group)}</span>
            <div role="radiogroup" aria-label="Keep which record">
              {group.map((id) => {
                const row = session.contacts.byId(id) ?? rows.find((r) => r.id === id)
                return (
                  <label key={id} className="dupe-choice">
                    <input type="radio" name={`keep-${i}`} checked={(keep[i] ?? fullest(group, (x) => session.contacts.byId(x))) === id} onChange={() => setKeep({ ...keep, [i]: id })} />
                    <strong>{row?.name ?? id}</strong> <span className="muted">{[row?.phone, row?.email, row?.unit].filter(Boolean).join(' · ')}</span>
                  </label>
                )
              })}
            </div>
            <button className="btn primary" onClick={() => void merge(group, i)}>Merge into one</button>
          </li>
        ))}
      </ul>
    </section>
  )
}
