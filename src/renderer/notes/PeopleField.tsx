import { useMemo, useState } from 'react'
import { splitNamePhone } from '../../shared/notes/quickContact'
import { useStore } from '../app/useStore'
import type { NotebookSession } from '../session/NotebookSession'
import { addContact } from './noteActions'
import { Chips, Typeahead } from './Typeahead'

/** People spoken to: existing contacts by name, or a new one typed as "name phone" and Enter. */
export function PeopleField({ session, ids, onChange }: { session: NotebookSession; ids: string[]; onChange: (ids: string[]) => void }) {
  const rows = useStore(session.contacts)
  const [error, setError] = useState('')
  const items = useMemo(() => rows.filter((r) => !r.mergedInto).map((r) => ({ id: r.id, name: r.phone && r.name !== r.phone ? `${r.name} · ${r.phone}` : r.name })), [rows])
  const create = useMemo(
    () => ({
      label: (text: string) => {
        const { name, phone } = splitNamePhone(text)
        return `New contact: ${[name, phone].filter(Boolean).join(' · ')}`
      },
      run: (text: string) => {
        const { name, phone } = splitNamePhone(text)
        addContact(session, name, phone).then((id) => (setError(''), onChange([...ids, id])), (e: Error) => setError(e.message))
      },
    }),
    [session, ids, onChange],
  )
  return (
    <div className="note-field people" role="group" aria-label="People spoken to">
      <span className="note-label">People</span>
      <Chips ids={ids} testId="note-person" name={(id) => session.contacts.byId(id)?.name ?? 'someone not in this notebook'} onRemove={(id) => onChange(ids.filter((x) => x !== id))} />
      <Typeahead label="Add a person" placeholder="Name, or name and phone for someone new" items={items} exclude={ids} onPick={(item) => onChange([...ids, item.id])} create={create} onBackspace={() => onChange(ids.slice(0, -1))} />
      {error && <span className="error-text" role="alert">{error}</span>}
    </div>
  )
}
