import { Plus, Users } from 'lucide-react'
import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { newContactDoc, type ContactInput } from '../../shared/contacts/contact'
import { contactRow, type ContactRow } from '../../shared/contacts/contactRow'
import { newId } from '../../shared/ids'
import { plural } from '../app/plural'
import { useStore } from '../app/useStore'
import type { NotebookSession } from '../session/NotebookSession'
import { EmptyState } from '../views/EmptyState'
import { PageHeader } from '../views/PageHeader'
import { ContactEditor } from './ContactEditor'
import { ContactList } from './ContactList'
import { QuickAddContact } from './QuickAddContact'

// One collator for every sort: far faster than String.localeCompare on 10,000 rows.
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

export function ContactsView({ session, createRequest }: { session: NotebookSession; createRequest: number }) {
  const rows = useStore(session.contacts)
  const [query, setQuery] = useState('')
  const [adding, setAdding] = useState(createRequest > 0)
  const [selected, setSelected] = useState<string>()
  const deferredQuery = useDeferredValue(query)
  useEffect(() => setAdding(createRequest > 0), [createRequest])

  const visible = useMemo(() => {
    const q = deferredQuery.trim().toLowerCase()
    const matching = q ? rows.filter((r) => r.name.toLowerCase().includes(q) || r.phone.includes(q) || r.email.toLowerCase().includes(q)) : rows
    // Named people first, alphabetically; phone-only contacts (shown by number) after them.
    const unnamed = (r: ContactRow) => (r.name === r.phone ? 1 : 0)
    return [...matching].sort((a, b) => unnamed(a) - unnamed(b) || collator.compare(a.name, b.name))
  }, [rows, deferredQuery])

  const add = async (input: ContactInput) => {
    const id = newId()
    const shard = await session.contactShard(id)
    const now = Date.now()
    const region = (await session.root()).doc().settings.defaultRegion
    session.change(shard, (doc) => (doc.records[id] = newContactDoc(id, input, now, { region })))
    session.contacts.apply([contactRow(shard.doc().records[id]!)], [])
    setAdding(false)
    setSelected(id)
  }

  return (
    <>
      <PageHeader title="Contacts">
        <input className="input search" type="search" placeholder="Find by name, phone or email" aria-label="Find contacts" value={query} onChange={(e) => setQuery(e.target.value)} />
        <button className="btn primary" onClick={() => setAdding(true)}>
          <Plus size={15} aria-hidden /> New contact
        </button>
      </PageHeader>
      <div className="page-body">
        <section className="list-pane">
          {adding && <QuickAddContact onAdd={add} onCancel={() => setAdding(false)} />}
          {rows.length === 0 && !adding ? (
            <EmptyState icon={Users} title="No contacts yet" actions={<button className="btn primary" onClick={() => setAdding(true)}>Add the first person you talked to</button>}>
              Every conversation that goes well yields a contact. A name or just a phone number is enough to start; add where you met and
              who follows up later.
            </EmptyState>
          ) : (
            <>
              <div className="list-head" aria-hidden>
                <span>Name</span>
                <span>Phone / email</span>
                <span>Unit</span>
                <span>Tags</span>
                <span>Responsible</span>
              </div>
              <ContactList rows={visible} selected={selected} onSelect={setSelected} />
              <div className="list-foot">
                {visible.length === rows.length ? plural(rows.length, 'contact') : `${visible.length.toLocaleString()} of ${plural(rows.length, 'contact')}`}
              </div>
            </>
          )}
        </section>
        {selected && <ContactEditor key={selected} session={session} id={selected} />}
      </div>
    </>
  )
}
