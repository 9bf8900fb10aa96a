import { useState } from 'react'
import type { ContactDoc } from '../../shared/contacts/contact'
import { logInteraction } from '../../shared/contacts/contactMutations'
import type { ShardDoc } from '../../shared/notebook/schema'
import type { Knock } from '../../shared/places/knocks'
import { createContact } from '../contacts/contactActions'
import type { NotebookSession } from '../session/NotebookSession'

/**
 * The person met at a door, typed in as a contact at this place and unit. The knock they came
 * from goes into their log, so the follow-up engine counts from that conversation.
 */
export function AddContactHere({ session, placeId, unit, knock }: { session: NotebookSession; placeId: string; unit: string; knock: Knock | undefined }) {
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [error, setError] = useState('')

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    if (!name.trim() && !phone.trim()) return setError('Type a name or a phone number')
    const met = knock ? (shard: ShardDoc<ContactDoc>, id: string, now: number) => logInteraction(shard, id, { kind: 'doorKnock', at: knock.at, outcome: 'reached', by: knock.by }, now, knock.id) : undefined
    await createContact(session, { name, phones: phone.trim() ? [phone] : [], placeId, unit, whereMet: 'Door knock' }, met)
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
