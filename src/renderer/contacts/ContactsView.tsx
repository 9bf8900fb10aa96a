import { GitMerge, Plus, Upload, Users } from 'lucide-react'
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react'
import type { ContactInput } from '../../shared/contacts/contact'
import { EMPTY_FILTER, filterChoices, queryContacts, type ContactFilter, type ContactSort } from '../../shared/contacts/contactQuery'
import { createContact } from './contactActions'
import { plural } from '../app/plural'
import { useStore } from '../app/useStore'
import type { NotebookSession } from '../session/NotebookSession'
import { EmptyState } from '../views/EmptyState'
import { PageHeader } from '../views/PageHeader'
import { BulkBar } from './BulkBar'
import { ContactEditor } from './ContactEditor'
import { ContactTable } from './ContactTable'
import { DuplicatesPanel } from './DuplicatesPanel'
import { FilterBar } from './FilterBar'
import { ImportDialog } from './ImportDialog'
import { QuickAddContact } from './QuickAddContact'
import { useNotebookSettings } from './useNotebookRoot'
import { useRecordNames } from './useRecordNames'

type Panel = 'none' | 'import' | 'duplicates'

export function ContactsView({ session, createRequest, param = '' }: { session: NotebookSession; createRequest: number; param?: string }) {
  const rows = useStore(session.contacts)
  const { rules } = useNotebookSettings(session)
  const places = useRecordNames(session, 'places')
  const campaigns = useRecordNames(session, 'campaigns')
  const [filter, setFilter] = useState<ContactFilter>(EMPTY_FILTER)
  const [sort, setSort] = useState<ContactSort>({ key: 'name', desc: false })
  const [adding, setAdding] = useState(createRequest > 0)
  const [panel, setPanel] = useState<Panel>('none')
  const [selected, setSelected] = useState<string>()
  const [checked, setChecked] = useState(() => new Set<string>())
  const [exported, setExported] = useState<string>()
  const deferredFilter = useDeferredValue(filter)
  // Every keystroke in a contact field sends its row back from the core; querying 10,000 rows
  // again (about 100 ms) must not hold up the typing, so the table follows a deferred copy.
  const deferredRows = useDeferredValue(rows)
  useEffect(() => setAdding(createRequest > 0), [createRequest])
  // `#contacts/<id>` (a search result, a link) opens that contact.
  useEffect(() => {
    if (param) setSelected(param)
  }, [param])

  const live = useMemo(() => deferredRows.filter((r) => !r.mergedInto), [deferredRows])
  const visible = useMemo(() => queryContacts(deferredRows, deferredFilter, sort, rules, Date.now()), [deferredRows, deferredFilter, sort, rules])
  const choices = useMemo(() => filterChoices(live), [live])
  const onCheck = useCallback((ids: string[], on: boolean) => setChecked((prev) => {
    const next = new Set(prev)
    for (const id of ids) if (on) next.add(id)
    else next.delete(id)
    return next
  }), [])

  const add = async (input: ContactInput) => {
    const id = await createContact(session, input)
    setAdding(false)
    setSelected(id)
  }

  return (
    <>
      <PageHeader title="Contacts">
        <input className="input search" type="search" placeholder="Find by name, phone or email" aria-label="Find contacts" value={filter.text} onChange={(e) => setFilter({ ...filter, text: e.target.value })} />
        <button className="btn" onClick={() => setPanel(panel === 'import' ? 'none' : 'import')}>
          <Upload size={15} aria-hidden /> Import
        </button>
        <select
          className="select compact"
          aria-label="Export contacts"
          value=""
          onChange={(e) => {
            const format = e.target.value as 'csv' | 'vcf'
            if (format) void session.bridge.exportContacts({ notebookId: session.id, format }).then(({ path }) => setExported(path ? `Saved ${path}` : undefined))
          }}
        >
          <option value="">Export…</option>
          <option value="csv">Export as CSV</option>
          <option value="vcf">Export as vCard</option>
        </select>
        <button className="btn" onClick={() => setPanel(panel === 'duplicates' ? 'none' : 'duplicates')}>
          <GitMerge size={15} aria-hidden /> Duplicates
        </button>
        <button className="btn primary" onClick={() => setAdding(true)}>
          <Plus size={15} aria-hidden /> New contact
        </button>
      </PageHeader>
      {panel === 'import' && <ImportDialog session={session} onClose={() => setPanel('none')} />}
      {panel === 'duplicates' && <DuplicatesPanel session={session} onClose={() => setPanel('none')} onOpen={setSelected} />}
      <div className="page-body">
        <section className="list-pane">
          {adding && <QuickAddContact onAdd={add} onCancel={() => setAdding(false)} />}
          {live.length === 0 && !adding ? (
            <EmptyState icon={Users} title="No contacts yet" actions={<button className="btn primary" onClick={() => setAdding(true)}>Add the first person you talked to</button>}>
              Every conversation that goes well yields a contact. A name or just a phone number is enough to start; add where you met and
              who follows up later. Or import a spreadsheet from Action Network, NGP VAN, Spoke or Solidarity Tech.
            </EmptyState>
          ) : (
            <>
              <FilterBar notebookId={session.id} filter={filter} sort={sort} onChange={(f, s) => (setFilter(f), s && setSort(s))} choices={choices} names={{ places, campaigns }} />
              {checked.size > 0 && <BulkBar session={session} ids={[...checked]} campaigns={campaigns} onDone={() => setChecked(new Set())} />}
              <ContactTable rows={visible} places={places} campaigns={campaigns} selected={selected} onSelect={setSelected} checked={checked} onCheck={onCheck} sort={sort} onSort={setSort} />
              <div className="list-foot">
                {visible.length === live.length ? plural(live.length, 'contact') : `${visible.length.toLocaleString()} of ${plural(live.length, 'contact')}`}
                {exported && <span role="status"> · {exported}</span>}
              </div>
            </>
          )}
        </section>
        {selected && <ContactEditor key={selected} session={session} id={selected} campaigns={campaigns} />}
      </div>
    </>
  )
}
