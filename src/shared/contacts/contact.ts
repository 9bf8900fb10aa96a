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

/**
 * How a contact is stored: values as scalars, prose (`howMet`, `notes`) as collaborative
 * text, and only the fields that hold something. Every stored field is an Automerge
 * operation: a sparse record halves the cost of importing thousands of rows.
 */
export interface ContactDoc extends BaseRecord {
  name?: Scalar
  phones?: Scalar[]
  email?: Scalar
  languages?: Scalar[]
  tags?: Scalar[]
  placeId?: Scalar
  unit?: Scalar
  howMet?: string
  owner?: Scalar
  consent?: { call: boolean; text: boolean; visit: boolean }
  notes?: string
}

const DEFAULT_CONSENT = { call: true, text: true, visit: true }

export const CONTACT_SCALAR_FIELDS = ['name', 'email', 'placeId', 'unit', 'owner'] as const
export const CONTACT_TEXT_FIELDS = ['howMet', 'notes'] as const
export const CONTACT_LIST_FIELDS = ['phones', 'languages', 'tags'] as const
export type ContactScalarField = (typeof CONTACT_SCALAR_FIELDS)[number]
export type ContactTextField = (typeof CONTACT_TEXT_FIELDS)[number]
export type ContactListField = (typeof CONTACT_LIST_FIELDS)[number]

export type ContactInput = Partial<Omit<Contact, 'id' | 'createdAt' | 'updatedAt'>>

export function newContactDoc(id: string, input: ContactInput, now: number): ContactDoc {
  const doc: ContactDoc = { id, createdAt: now, updatedAt: now }
  for (const field of CONTACT_SCALAR_FIELDS) {
    const value = input[field]?.trim()
    if (value) doc[field] = scalar(value)
  }
  for (const field of CONTACT_LIST_FIELDS) {
    const values = (input[field] ?? []).map((v) => v.trim()).filter(Boolean)
    if (values.length) doc[field] = values.map(scalar)
  }
  for (const field of CONTACT_TEXT_FIELDS) if (input[field]) doc[field] = input[field]
  const consent = { ...DEFAULT_CONSENT, ...input.consent }
  if (!consent.call || !consent.text || !consent.visit) doc.consent = consent
  return doc
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
    consent: { ...DEFAULT_CONSENT, ...doc.consent },
    notes: str(doc.notes),
  }
}

/** What a contact's name shows as when nobody typed one. */
export function displayName(contact: Pick<Contact, 'name' | 'phones'>): string {
  return contact.name.trim() || contact.phones[0] || 'Unnamed contact'
}
