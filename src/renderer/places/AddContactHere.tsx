import { useState } from 'react'
import { newContactDoc } from '../../shared/contacts/contact'
import { contactRow } from '../../shared/contacts/contactRow'
import { LOG_KEY, newInteractionDoc } from '../../shared/contacts/interactions'
import { newId } from '../../shared/ids'
import type { Knock } from '../../shared/places/knocks'
import { useNotebookSettings } from '../contacts/useNotebookRoot'
import type { NotebookSession } from '../session/NotebookSession'

/**
 * The person met at a door, typed in as a contact at this place and unit. The knock they came
 * from goes into their log, so the follow-up engine counts from that conversation.
 */
export function AddContactHere({ session, placeId, unit, knock }: { session: NotebookSession; placeId: string; unit: string; knock: Knock | undefined }) {
  const { region } = useNotebookSettings(session)
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [error, setError] = useState('')

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    if (!name.trim() && !phone.trim()) return setError('Type a name or a phone number')
    const id = newId()
    const now = Date.now()
    const shard = await session.contactShard(id)
    session.change(shard, (doc) => {
      const contact = newContactDoc(id, { name, phones: phone.trim() ? [phone] : [], placeId, unit, whereMet: 'Door knock' }, now, { region })
      if (knock) contact[`${LOG_KEY}${knock.id}`] = newInteractionDoc({ kind: 'doorKnock', at: knock.at, outcome: 'reached', by: knock.by })
      doc.records[id] = contact
    })
    session.contacts.apply([contactRow(shard.doc().records[id]!)], [])
    setName('')
    setPhone('')
    setError('')
    setOpen(false)
  }

  if (!open)
    return (
      <button className="btn small" onClick={() => setOpen(true)}>
        Add the person met at {unit}
      </button>
    )
  return (
    <form className="add-contact-here" aria-label={`New contact at ${unit}`} onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <input className="input" autoFocus aria-label="Name" placeholder="Name or nickname" value={name} onChange={(e) => setName(e.target.value)} />
      <input className="input" aria-label="Phone" placeholder="Phone" value={phone} onChange={(e) => setPhone(e.target.value)} />
      <div className="stack">
        <button className="btn primary small" type="submit">
          Save contact
        </button>
        <button className="btn small" type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      {error && (
        <span className="error-text" role="alert">
          {error}
        </span>
      )}
    </form>
  )
}
