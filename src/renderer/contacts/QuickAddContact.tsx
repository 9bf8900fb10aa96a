import { useState, type FormEvent } from 'react'
import type { ContactInput } from '../../shared/contacts/contact'

/** Name and phone in one line: Enter saves, Escape cancels. A phone-only contact is fine. */
export function QuickAddContact({ onAdd, onCancel }: { onAdd: (input: ContactInput) => Promise<void>; onCancel: () => void }) {
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [error, setError] = useState<string>()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!name.trim() && !phone.trim()) return setError('Type a name or a phone number')
    try {
      await onAdd({ name, phones: phone.trim() ? [phone.trim()] : [] })
    } catch (e) {
      setError((e as Error).message)
    }
  }

  return (
    <form className="quick-add" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()} aria-label="New contact">
      <input className="input" autoFocus aria-label="Name" placeholder="Name or nickname" value={name} onChange={(e) => setName(e.target.value)} />
      <input className="input" aria-label="Phone" placeholder="Phone" value={phone} onChange={(e) => setPhone(e.target.value)} />
      <button className="btn primary" type="submit">Save</button>
      <button className="btn" type="button" onClick={onCancel}>Cancel</button>
      {error && <span className="error-text" role="alert">{error}</span>}
    </form>
  )
}
