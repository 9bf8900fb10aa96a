import type { DocHandle } from '@automerge/automerge-repo'
import { useEffect, useState } from 'react'
import { readContact, type ContactDoc } from '../../shared/contacts/contact'
import { setConsent, setContactList, setContactPhones, setContactScalar, setContactText } from '../../shared/contacts/contactMutations'
import type { ShardDoc } from '../../shared/notebook/schema'
import { PlaceField } from '../notes/PlaceField'
import { usePlaces } from '../notes/useNotebook'
import type { NotebookSession } from '../session/NotebookSession'
import { PurgeAction } from '../purge/PurgeAction'
import { ContactActivity } from './ContactActivity'
import { ContactNotes } from './ContactNotes'
import { ContactRefs } from './ContactRefs'
import { Field, ListField } from './fields'
import { useNotebookSettings } from './useNotebookRoot'
import { useDoc } from './useDoc'
import '../styles/contactPlace.css'

/** Edits one contact in place: every keystroke is a change to its shard document. */
export function ContactEditor({ session, id, campaigns }: { session: NotebookSession; id: string; campaigns: Map<string, string> }) {
  const { rules, region } = useNotebookSettings(session)
  const places = usePlaces(session)
  const [handle, setHandle] = useState<DocHandle<ShardDoc<ContactDoc>>>()
  useEffect(() => {
    let live = true
    void session.contactShard(id).then((h) => live && setHandle(h))
    return () => {
      live = false
    }
  }, [session, id])
  const doc = useDoc(handle)
  const stored = doc?.records[id]
  if (!handle || !stored) return <aside className="detail-pane" aria-busy="true" />
  const contact = readContact(stored)
  const edit = (mutate: (doc: ShardDoc<ContactDoc>, now: number) => void) => session.change(handle, (d) => mutate(d, Date.now()))

  return (
    <aside className="detail-pane" aria-label="Contact">
      <h2 data-testid="contact-title">{contact.name || contact.phones[0] || 'Unnamed contact'}</h2>
      <Field label="Name or nickname" value={contact.name} onChange={(v) => edit((d, now) => setContactScalar(d, id, 'name', v, now))} />
      <ListField label="Phones" help="Separate several with commas" values={contact.phones} onCommit={(v) => edit((d, now) => setContactPhones(d, id, v, region, now))} />
      <Field label="Email" value={contact.email} onChange={(v) => edit((d, now) => setContactScalar(d, id, 'email', v, now))} />
      <div className="contact-place">
        <PlaceField session={session} places={places} label="Building or workplace, and unit" placeId={contact.placeId} unit={contact.unit} onPlace={(v) => edit((d, now) => setContactScalar(d, id, 'placeId', v, now))} onUnit={(v) => edit((d, now) => setContactScalar(d, id, 'unit', v, now))} />
      </div>
      <ListField label="Tags" values={contact.tags} onCommit={(v) => edit((d, now) => setContactList(d, id, 'tags', v, now))} />
      <ListField label="Languages" values={contact.languages} onCommit={(v) => edit((d, now) => setContactList(d, id, 'languages', v, now))} />
      <Field label="Comrade responsible" value={contact.owner} onChange={(v) => edit((d, now) => setContactScalar(d, id, 'owner', v, now))} />
      <Field label="How we met" multiline value={contact.howMet} onChange={(v) => edit((d, now) => setContactText(d, id, 'howMet', v, now))} />
      <Field label="Where we met" value={contact.whereMet} onChange={(v) => edit((d, now) => setContactScalar(d, id, 'whereMet', v, now))} />
      <fieldset className="consent">
        <legend>May we</legend>
        {(['call', 'text', 'visit'] as const).map((k) => (
          <label key={k} className="inline-label">
            <input type="checkbox" checked={contact.consent[k]} onChange={(e) => edit((d, now) => setConsent(d, id, { ...contact.consent, [k]: e.target.checked }, now))} /> {k}
          </label>
        ))}
      </fieldset>
      <ContactRefs session={session} label="Recruited by" single self={id} ids={contact.recruitedBy ? [contact.recruitedBy] : []} onCommit={(ids) => edit((d, now) => setContactScalar(d, id, 'recruitedBy', ids[0] ?? '', now))} />
      <ContactRefs session={session} label="Knows" self={id} ids={contact.knows} onCommit={(ids) => edit((d, now) => setContactList(d, id, 'knows', ids, now))} />
      <ContactRefs session={session} label="Family" self={id} ids={contact.family} onCommit={(ids) => edit((d, now) => setContactList(d, id, 'family', ids, now))} />
      <Field label="Notes" multiline value={contact.notes} onChange={(v) => edit((d, now) => setContactText(d, id, 'notes', v, now))} />
      <ContactNotes session={session} id={id} />
      <ContactActivity session={session} contact={contact} stored={stored} rules={rules} campaigns={campaigns} edit={edit} />
      <PurgeAction session={session} kind="contact" id={id} name={contact.name} after="#contacts" />
    </aside>
  )
}
