import { newContactDoc, type ContactDoc, type ContactInput } from '../../shared/contacts/contact'
import { logInteraction } from '../../shared/contacts/contactMutations'
import { contactRow } from '../../shared/contacts/contactRow'
import type { InteractionInput } from '../../shared/contacts/interactions'
import { newId } from '../../shared/ids'
import type { ShardDoc } from '../../shared/notebook/schema'
import type { NotebookSession } from '../session/NotebookSession'

/**
 * Edits contacts in their shard documents and shows the result in lists at once (the core's
 * index sends the same rows back once it has the change).
 */
export async function editContacts(session: NotebookSession, ids: readonly string[], mutate: (shard: ShardDoc<ContactDoc>, id: string, now: number) => void): Promise<void> {
  const now = Date.now()
  const rows = []
  for (const id of ids) {
    const handle = await session.contactShard(id)
    session.change(handle, (doc) => mutate(doc, id, now))
    rows.push(contactRow(handle.doc().records[id]!))
  }
  session.contacts.apply(rows, [])
}

/** Logs one interaction; the follow-up engine moves the next date from it. */
export function logContact(session: NotebookSession, id: string, input: InteractionInput): Promise<void> {
  return editContacts(session, [id], (shard, contactId, now) => logInteraction(shard, contactId, input, now))
}

/**
 * Makes a contact (phones read with the notebook's region), with `also` run in the same change,
 * and shows it in lists at once; returns its id.
 */
export async function createContact(session: NotebookSession, input: ContactInput, also?: (shard: ShardDoc<ContactDoc>, id: string, now: number) => void): Promise<string> {
  const id = newId()
  const shard = await session.contactShard(id)
  const region = (await session.root()).doc().settings.defaultRegion
  const now = Date.now()
  session.change(shard, (doc) => {
    doc.records[id] = newContactDoc(id, input, now, { region })
    also?.(doc, id, now)
  })
  session.contacts.apply([contactRow(shard.doc().records[id]!)], [])
  return id
}
