import { updateText } from '@automerge/automerge'
import { recordIn } from '../notebook/recordIn'
import type { ShardDoc } from '../notebook/schema'
import { scalar } from '../notebook/scalar'
import { newId } from '../ids'
import {
  newContactDoc,
  type CadenceOverride,
  type Consent,
  type ContactDoc,
  type ContactInput,
  type ContactListField,
  type ContactScalarField,
  type ContactTextField,
} from './contact'
import { LOG_KEY, newInteractionDoc, type InteractionInput } from './interactions'
import { LEVEL_KEY, newLevelEntry, type Level } from './levels'
import { normalizePhones } from './phone'

/** Mutations that run inside `handle.change` on the contact's shard document. */
export function putNewContact(shard: ShardDoc<ContactDoc>, id: string, input: ContactInput, now: number): void {
  shard.records[id] = newContactDoc(id, input, now)
}

export function setContactScalar(
  shard: ShardDoc<ContactDoc>,
  id: string,
  field: ContactScalarField,
  value: string,
  now: number,
): void {
  const contact = recordIn(shard, id, 'contact')
  if (value.trim()) contact[field] = scalar(value)
  else delete contact[field]
  contact.updatedAt = now
}

/** Edits prose as a character diff, so concurrent edits of one field both survive. */
export function setContactText(
  shard: ShardDoc<ContactDoc>,
  id: string,
  field: ContactTextField,
  value: string,
  now: number,
): void {
  const contact = recordIn(shard, id, 'contact')
  if (contact[field] === undefined) contact[field] = value
  else updateText(shard, ['records', id, field], value)
  contact.updatedAt = now
}

export function setContactList(
  shard: ShardDoc<ContactDoc>,
  id: string,
  field: ContactListField,
  values: string[],
  now: number,
): void {
  const contact = recordIn(shard, id, 'contact')
  const kept = values.map((v) => v.trim()).filter(Boolean)
  if (kept.length) contact[field] = kept.map(scalar)
  else delete contact[field]
  contact.updatedAt = now
}

/** Adds a dated judgement to one campaign's level history (never overwrites an earlier one). */
export function setLevel(
  shard: ShardDoc<ContactDoc>,
  id: string,
  campaignId: string,
  entry: { level: Level; by?: string; why?: string },
  now: number,
  entryId = newId(),
): void {
  const contact = recordIn(shard, id, 'contact')
  contact[`${LEVEL_KEY}${entryId}`] = newLevelEntry(campaignId, entry.level, now, entry.by, entry.why)
  contact.updatedAt = now
}

/** Logs an interaction; the follow-up engine reschedules from the log, so nothing else is written. */
export function logInteraction(shard: ShardDoc<ContactDoc>, id: string, input: InteractionInput, now: number, entryId = newId()): void {
  const contact = recordIn(shard, id, 'contact')
  contact[`${LOG_KEY}${entryId}`] = newInteractionDoc(input)
  contact.updatedAt = now
}

/** Phones as typed, stored normalized to E.164 where they can be read. */
export function setContactPhones(shard: ShardDoc<ContactDoc>, id: string, typed: string[], region: string, now: number): void {
  setContactList(shard, id, 'phones', normalizePhones(typed, region), now)
}

export function setSnooze(shard: ShardDoc<ContactDoc>, id: string, until: number, now: number): void {
  const contact = recordIn(shard, id, 'contact')
  if (until > now) contact.snoozedUntil = until
  else delete contact.snoozedUntil
  contact.updatedAt = now
}

export function setCadence(shard: ShardDoc<ContactDoc>, id: string, cadence: CadenceOverride | '', now: number): void {
  const contact = recordIn(shard, id, 'contact')
  if (cadence) contact.cadence = scalar(cadence)
  else delete contact.cadence
  contact.updatedAt = now
}

export function setConsent(shard: ShardDoc<ContactDoc>, id: string, consent: Consent, now: number): void {
  const contact = recordIn(shard, id, 'contact')
  if (consent.call && consent.text && consent.visit) delete contact.consent
  else contact.consent = { ...consent }
  contact.updatedAt = now
}
