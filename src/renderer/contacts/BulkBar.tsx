import { useState } from 'react'
import { strs } from '../../shared/notebook/scalar'
import { setContactList, setContactScalar, setLevel } from '../../shared/contacts/contactMutations'
import { LEVEL_LABELS, LEVELS, type Level } from '../../shared/contacts/levels'
import type { NotebookSession } from '../session/NotebookSession'
import { CampaignPicker } from '../campaigns/CampaignPicker'
import { editContacts } from './contactActions'
import { fullest } from './fullest'

/** Tag, assign or judge many contacts at once (each one its own change in its own shard). */
export function BulkBar({ session, ids, campaigns, onDone }: { session: NotebookSession; ids: string[]; campaigns: Map<string, string>; onDone: () => void }) {
  const [tag, setTag] = useState('')
  const [owner, setOwner] = useState('')
  const [campaign, setCampaign] = useState('')
  const [level, setLevelChoice] = useState<Level>('advanced')
  const run = async (mutate: Parameters<typeof editContacts>[2]) => {
    await editContacts(session, ids, mutate)
    onDone()
  }
  const merge = async () => {
    const keepId = fullest(ids, (id) => session.contacts.byId(id))
    await session.bridge.mergeContacts({ notebookId: session.id, keepId, mergeIds: ids.filter((id) => id !== keepId) })
    onDone()
  }
  return (
    <div className="bulk-bar" role="toolbar" aria-label="Change the selected contacts">
      <strong>{ids.length} selected</strong>
      <input className="input compact" aria-label="Tag to add" placeholder="Tag" value={tag} onChange={(e) => setTag(e.target.value)} />
      <button className="btn" disabled={!tag.trim()} onClick={() => void run((d, id, now) => setContactList(d, id, 'tags', [...new Set([...strs(d.records[id]!.tags), tag.trim()])], now))}>
        Add tag
      </button>
      <input className="input compact" aria-label="Assign to" placeholder="Comrade" value={owner} onChange={(e) => setOwner(e.target.value)} />
      <button className="btn" disabled={!owner.trim()} onClick={() => void run((d, id, now) => setContactScalar(d, id, 'owner', owner.trim(), now))}>
        Assign
      </button>
      <CampaignPicker session={session} campaigns={campaigns} value={campaign} onChange={setCampaign} label="Campaign" />
      <select className="select compact" aria-label="Level to set" value={level} onChange={(e) => setLevelChoice(e.target.value as Level)}>
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {LEVEL_LABELS[l]}
          </option>
        ))}
      </select>
      <button className="btn" disabled={!campaign} onClick={() => void run((d, id, now) => setLevel(d, id, campaign, { level, why: 'set for a group' }, now))}>
        Set level
      </button>
      {ids.length > 1 && (
        <button className="btn" onClick={() => void merge()}>
          Merge into one
        </button>
      )}
      <button className="btn subtle" onClick={onDone}>
        Done
      </button>
    </div>
  )
}
