import { useState } from 'react'
import { CADENCE_CLASSES, storedRules, TIDE_CLASSES, type CadenceClass, type FollowUpRules } from '../../shared/contacts/followUp'
import type { NotebookSession } from '../session/NotebookSession'

const LABELS: Record<CadenceClass, string> = { core: 'The core', advanced: 'Advanced', intermediate: 'Intermediate', reservoir: 'Reservoir', backward: 'Backward' }

/** The notebook's follow-up cadence, shared with every comrade through the root document. */
export function RulesPanel({ session, rules, onClose }: { session: NotebookSession; rules: FollowUpRules; onClose: () => void }) {
  const [draft, setDraft] = useState(rules)
  const num = (value: string) => Math.max(1, Math.min(365, Math.round(Number(value)) || 1))
  const days = (value: string) => Math.max(0, Math.min(365, Math.round(Number(value)) || 0))
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
      <h3 className="fine-heading">At high tide</h3>
      <p className="muted fine" id="high-tide-rule">
        While a campaign is at high tide (people in motion), its people are called this often instead, by their level in it; 0 keeps the usual pace. It never
        slows anyone down{draft.highTide.size ? `; ${draft.highTide.size === 1 ? 'one campaign is' : `${draft.highTide.size} campaigns are`} at high tide now` : ''}.
      </p>
      <div className="mapping" aria-describedby="high-tide-rule">
        {TIDE_CLASSES.map((c) => (
          <label key={c} className="map-row">
            <span>{LABELS[c]}: every</span>
            <input className="input compact" type="number" min={0} aria-label={`At high tide, ${LABELS[c]} every (days)`} value={draft.highTideEveryDays[c]} onChange={(e) => setDraft({ ...draft, highTideEveryDays: { ...draft.highTideEveryDays, [c]: days(e.target.value) } })} /> days
          </label>
        ))}
      </div>
      <button className="btn primary" onClick={() => void save()}>Save rules</button>
    </section>
  )
}
