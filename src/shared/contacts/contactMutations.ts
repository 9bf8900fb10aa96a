import { updateText } from '@automerge/automerge'
import type { ShardDoc } from '../notebook/schema'
import { scalar } from '../notebook/scalar'
import {
  newContactDoc,
  type ContactDoc,
  type ContactInput,
  type ContactListField,
  type ContactScalarField,
  type ContactTextField,
} from './contact'

/** Mutations that run inside `handle.change` on the contact's shard document. */
export function putNewContact(shard: ShardDoc<ContactDoc>, id: string, input: ContactInput, now: number): void {
  shard.records[id] = newContactDoc(id, input, now)
}

function contactIn(shard: ShardDoc<ContactDoc>, id: string): ContactDoc {
  const contact = shard.records[id]
  if (!contact) throw new Error(`No contact ${id} in this shard`)
  return contact
}

export function setContactScalar(
  shard: ShardDoc<ContactDoc>,
  id: string,
  field: ContactScalarField,
  value: string,
  now: number,
): void {
  const contact = contactIn(shard, id)
  contact[field] = scalar(value)
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
  const contact = contactIn(shard, id)
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
  const contact = contactIn(shard, id)
  contact[field] = values.map((v) => v.trim()).filter(Boolean).map(scalar)
  contact.updatedAt = now
}
