import type { BaseRecord } from '../notebook/schema'
import { scalar, str, strs, type Scalar } from '../notebook/scalar'
import { interactionLog, type Interaction, type InteractionDoc, type LogKey } from './interactions'
import { currentLevels, type Level, type LevelEntryDoc, type LevelKey } from './levels'
import { normalizePhones } from './phone'

/** How often someone is followed up, when it is not read from their levels. */
export const CADENCE_OVERRIDES = ['core', 'reservoir'] as const
export type CadenceOverride = (typeof CADENCE_OVERRIDES)[number]

export interface Consent {
  call: boolean
  text: boolean
  visit: boolean
}

/** A person we talked to. A phone-only contact is valid; an email is never required. */
export interface Contact extends BaseRecord {
  name: string
  /** E.164 where the number could be read, else as typed. */
  phones: string[]
  email: string
  languages: string[]
  tags: string[]
  /** The building or workplace (a place record), and the unit or department inside it. */
  placeId: string
  unit: string
  /** Prose: how we met. `whereMet` is a value (a picket line, a door, an event name). */
  howMet: string
  whereMet: string
  /** The comrade responsible for following up. */
  owner: string
  consent: Consent
  notes: string
  /** Relationships, as contact ids. */
  recruitedBy: string
  knows: string[]
  family: string[]
  /** Current level per campaign id; the history is in the stored record. */
  levels: Record<string, Level>
  interactions: Interaction[]
  /** Empty unless the comrades put this person in the core, or in the reservoir by hand. */
  cadence: CadenceOverride | ''
  /** Not due before this time (ms), or 0. */
  snoozedUntil: number
  /** Set when this record was merged into another: readers follow the redirect. */
  mergedInto: string
}

/**
 * How a contact is stored: values as scalars, prose (`howMet`, `notes`, interaction notes) as
 * collaborative text, level judgements and interactions as one key per entry, and only the fields
 * that hold something. Every stored field is an Automerge operation: a sparse record halves
 * the cost of importing thousands of rows.
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
  whereMet?: Scalar
  owner?: Scalar
  consent?: Consent
  notes?: string
  recruitedBy?: Scalar
  knows?: Scalar[]
  family?: Scalar[]
  [entry: LevelKey]: LevelEntryDoc
  [entry: LogKey]: InteractionDoc
  cadence?: Scalar
  snoozedUntil?: number
  mergedInto?: Scalar
}

const DEFAULT_CONSENT: Consent = { call: true, text: true, visit: true }

export const CONTACT_SCALAR_FIELDS = ['name', 'email', 'placeId', 'unit', 'whereMet', 'owner', 'recruitedBy'] as const
export const CONTACT_TEXT_FIELDS = ['howMet', 'notes'] as const
export const CONTACT_LIST_FIELDS = ['phones', 'languages', 'tags', 'knows', 'family'] as const
export type ContactScalarField = (typeof CONTACT_SCALAR_FIELDS)[number]
export type ContactTextField = (typeof CONTACT_TEXT_FIELDS)[number]
export type ContactListField = (typeof CONTACT_LIST_FIELDS)[number]

export type ContactInput = Partial<
  Pick<Contact, ContactScalarField | ContactTextField | ContactListField> & { consent: Partial<Consent> }
>

export interface NewContactOptions {
  /** The notebook's default region: phones are normalized to E.164 when given. */
  region?: string
}

export function newContactDoc(id: string, input: ContactInput, now: number, options: NewContactOptions = {}): ContactDoc {
  const doc: ContactDoc = { id, createdAt: now, updatedAt: now }
  for (const field of CONTACT_SCALAR_FIELDS) {
    const value = input[field]?.trim()
    if (value) doc[field] = scalar(value)
  }
  for (const field of CONTACT_LIST_FIELDS) {
    const trimmed = (input[field] ?? []).map((v) => v.trim()).filter(Boolean)
    const values = field === 'phones' && options.region ? normalizePhones(trimmed, options.region) : trimmed
    if (values.length) doc[field] = values.map(scalar)
  }
  for (const field of CONTACT_TEXT_FIELDS) if (input[field]) doc[field] = input[field]
  const consent = { ...DEFAULT_CONSENT, ...input.consent }
  if (!consent.call || !consent.text || !consent.visit) doc.consent = consent
  return doc
}

const cadenceOf = (value: string): Contact['cadence'] => ((CADENCE_OVERRIDES as readonly string[]).includes(value) ? (value as CadenceOverride) : '')

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
    whereMet: str(doc.whereMet),
    owner: str(doc.owner),
    consent: { ...DEFAULT_CONSENT, ...doc.consent },
    notes: str(doc.notes),
    recruitedBy: str(doc.recruitedBy),
    knows: strs(doc.knows),
    family: strs(doc.family),
    levels: currentLevels(doc),
    interactions: interactionLog(doc),
    cadence: cadenceOf(str(doc.cadence)),
    snoozedUntil: doc.snoozedUntil ?? 0,
    mergedInto: str(doc.mergedInto),
  }
}

/** What a contact's name shows as when nobody typed one. */
export function displayName(contact: Pick<Contact, 'name' | 'phones'>): string {
  return contact.name.trim() || contact.phones[0] || 'Unnamed contact'
}
