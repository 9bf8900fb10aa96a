import { useState } from 'react'
import { CADENCE_CLASSES, storedRules, type CadenceClass, type FollowUpRules } from '../../shared/contacts/followUp'
import type { NotebookSession } from '../session/NotebookSession'

const LABELS: Record<CadenceClass, string> = { core: 'The core', advanced: 'Advanced', intermediate: 'Intermediate', reservoir: 'Reservoir', backward: 'Backward' }

/** The notebook's follow-up cadence, shared with every comrade through the root document. */
export function RulesPanel({ session, rules, onClose }: { session: NotebookSession; rules: FollowUpRules; onClose: () => void }) {
  const [draft, setDraft] = useState(rules)
  const num = (value: string) => Math.max(1, Math.min(365, Math.round(Number(value)) || 1))
  const save = async () => {
    const root = await session.root()
    const stored = storedRules(draft)
    session.change(root, (doc) => {
      if (Object.keys(stored).length) doc.settings.followUp = stored
      else delete doc.settings.followUp
    })
    onClose()
  }
  return (
    <section className="sheet" aria-label="Follow-up rules">
      <div className="sheet-head">
        <h2>How often we follow up</h2>
        <span className="spacer" />
        <button className="btn subtle" onClick={onClose}>Close</button>
      </div>
      <div className="mapping">
        {CADENCE_CLASSES.map((c) => (
          <label key={c} className="map-row">
            <span>{LABELS[c]}: every</span>
            <input className="input compact" type="number" min={1} aria-label={`${LABELS[c]} every (days)`} value={draft.everyDays[c]} onChange={(e) => setDraft({ ...draft, everyDays: { ...draft.everyDays, [c]: num(e.target.value) } })} /> days
          </label>
        ))}
        <label className="map-row">
          <span>After no answer, retry in</span>
          <input className="input compact" type="number" min={1} aria-label="Retry after (days)" value={draft.retryDays} onChange={(e) => setDraft({ ...draft, retryDays: num(e.target.value) })} /> days
        </label>
        <label className="map-row">
          <span>Gone cold after</span>
          <input className="input compact" type="number" min={1} aria-label="Gone cold after (days)" value={draft.coldAfterDays} onChange={(e) => setDraft({ ...draft, coldAfterDays: num(e.target.value) })} /> days
        </label>
      </div>
      <button className="btn primary" onClick={() => void save()}>Save rules</button>
    </section>
  )
}
