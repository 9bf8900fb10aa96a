import type { BaseRecord } from '../notebook/schema'
import { scalar, str, strs, type Scalar } from '../notebook/scalar'

/** A person we talked to. A phone-only contact is valid; an email is never required. */
export interface Contact extends BaseRecord {
  name: string
  phones: string[]
  email: string
  languages: string[]
  tags: string[]
  /** The building or workplace (a place record), and the unit or department inside it. */
  placeId: string
  unit: string
  howMet: string
  /** The comrade responsible for following up. */
  owner: string
  consent: { call: boolean; text: boolean; visit: boolean }
  notes: string
}

/** How a contact is stored: values as scalars, prose (`howMet`, `notes`) as collaborative text. */
export interface ContactDoc extends BaseRecord {
  name: Scalar
  phones: Scalar[]
  email: Scalar
  languages: Scalar[]
  tags: Scalar[]
  placeId: Scalar
  unit: Scalar
  howMet: string
  owner: Scalar
  consent: { call: boolean; text: boolean; visit: boolean }
  notes: string
}

export const CONTACT_SCALAR_FIELDS = ['name', 'email', 'placeId', 'unit', 'owner'] as const
export const CONTACT_TEXT_FIELDS = ['howMet', 'notes'] as const
export const CONTACT_LIST_FIELDS = ['phones', 'languages', 'tags'] as const
export type ContactScalarField = (typeof CONTACT_SCALAR_FIELDS)[number]
export type ContactTextField = (typeof CONTACT_TEXT_FIELDS)[number]
export type ContactListField = (typeof CONTACT_LIST_FIELDS)[number]

export type ContactInput = Partial<Omit<Contact, 'id' | 'createdAt' | 'updatedAt'>>

export function newContactDoc(id: string, input: ContactInput, now: number): ContactDoc {
  return {
    id,
    createdAt: now,
    updatedAt: now,
    name: scalar(input.name?.trim() ?? ''),
    phones: (input.phones ?? []).map(scalar),
    email: scalar(input.email?.trim() ?? ''),
    languages: (input.languages ?? []).map(scalar),
    tags: (input.tags ?? []).map(scalar),
    placeId: scalar(input.placeId ?? ''),
    unit: scalar(input.unit ?? ''),
    howMet: input.howMet ?? '',
    owner: scalar(input.owner ?? ''),
    consent: { call: true, text: true, visit: true, ...input.consent },
    notes: input.notes ?? '',
  }
}

/** The plain-string view of a stored contact. */
export function readContact(doc: ContactDoc): Contact {
  return {
    id: doc.id,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    name: str(doc.name),
    phones: strs(doc.phones),
    email: str(doc.email),
    languages: strs(doc.languages),
    tags: strs(doc.tags),
    placeId: str(doc.placeId),
    unit: str(doc.unit),
    howMet: str(doc.howMet),
    owner: str(doc.owner),
    consent: { ...doc.consent },
    notes: str(doc.notes),
  }
}

/** What a contact's name shows as when nobody typed one. */
export function displayName(contact: Pick<Contact, 'name' | 'phones'>): string {
  return contact.name.trim() || contact.phones[0] || 'Unnamed contact'
}
