import { Plus } from 'lucide-react'
import { useState, type FormEvent } from 'react'
import { addSlogan, listSlogans, removeSlogan, type SloganKind } from '../../shared/notebook/slogans'
import { useRoot } from '../session/useRoot'
import type { NotebookSession } from '../session/NotebookSession'
import type { CampaignInfo } from './useLeaflets'

export interface SlogansProps {
  session: NotebookSession
  campaign: CampaignInfo | undefined
  onInsert: (text: string, kind: SloganKind) => void
  /** The words selected in the leaflet, or '' (read when the button is pressed). */
  selection: () => string
}

/** The notebook's slogans and demands for this campaign (and the campaign's own demands): insert one, or save selected words. */
export function SlogansPanel({ session, campaign, onInsert, selection }: SlogansProps) {
  const { handle, root } = useRoot(session)
  const [text, setText] = useState('')
  const [kind, setKind] = useState<SloganKind>('slogan')
  const [error, setError] = useState('')
  const [saved, setSaved] = useState('')
  const slogans = root ? listSlogans(root, campaign?.id ?? '') : []
  const demands = (campaign?.demands ?? []).filter((d) => !slogans.some((s) => s.text === d))

  const save = (words: string) => {
    if (!handle) return
    try {
      session.change(handle, (r) => void addSlogan(r, { kind, text: words, campaignId: campaign?.id ?? '' }))
      setError('')
      setSaved(words)
      setText('')
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const add = (e: FormEvent) => (e.preventDefault(), save(text))
  const fromSelection = () => {
    const words = selection()
    if (!words) return setError('Select words in the leaflet first')
    save(words)
  }

  const item = (key: string, words: string, k: SloganKind, remove?: () => void) => (
    <li key={key} className="slogan" data-testid="slogan">
      <span className="pill">{k}</span>
      <span className="grow">{words}</span>
      <button type="button" className="btn compact" aria-label={`Insert ${k}: ${words}`} onClick={() => onInsert(words, k)}>
        <Plus size={13} aria-hidden /> Insert
      </button>
      {remove && (
        <button type="button" className="link muted" aria-label={`Remove from library: ${words}`} title="Remove from the library" onClick={remove}>
          ×
        </button>
      )}
    </li>
  )

  return (
    <div className="slogans">
      <form className="slogan-add" onSubmit={add}>
        <input className="input compact" aria-label="New slogan or demand" placeholder="A slogan or demand" value={text} onChange={(e) => (setText(e.target.value), setError(''))} />
        <select className="select compact" aria-label="Kind" value={kind} onChange={(e) => setKind(e.target.value as SloganKind)}>
          <option value="slogan">Slogan</option>
          <option value="demand">Demand</option>
        </select>
        <button className="btn compact" type="submit">Add</button>
      </form>
      <button type="button" className="btn compact" onMouseDown={(e) => e.preventDefault()} onClick={fromSelection}>
        Save selected words to the library
      </button>
      {error && <p className="error-text" role="alert">{error}</p>}
      {saved && !error && <p className="muted" role="status">Saved “{saved}” to the library.</p>}
      <ul className="slogan-list" aria-label="Slogans and demands">
        {slogans.map((s) => item(s.id, s.text, s.kind, handle && (() => session.change(handle, (r) => removeSlogan(r, s.id)))))}
        {demands.map((d, i) => item(`demand-${i}`, d, 'demand'))}
        {slogans.length + demands.length === 0 && <li className="muted">No slogans or demands yet{campaign ? ` for ${campaign.name}` : ''}.</li>}
      </ul>
    </div>
  )
}
