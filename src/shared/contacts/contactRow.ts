import { displayName, readContact, type ContactDoc } from './contact'

/** The compact projection of a contact that lists and the core's index hold. */
export interface ContactRow {
  id: string
  name: string
  phone: string
  email: string
  tags: string[]
  owner: string
  unit: string
  updatedAt: number
}

export function contactRow(doc: ContactDoc): ContactRow {
  const contact = readContact(doc)
  return {
    id: contact.id,
    name: displayName(contact),
    phone: contact.phones[0] ?? '',
    email: contact.email,
    tags: contact.tags,
    owner: contact.owner,
    unit: contact.unit,
    updatedAt: contact.updatedAt,
  }
}
