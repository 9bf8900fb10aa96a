import { change, from, type Doc } from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ShardDoc } from '../notebook/schema'
import { displayName, newContactDoc, readContact, type ContactDoc } from './contact'
import { setContactList, setContactScalar, setContactText } from './contactMutations'

const shardWith = (doc: ContactDoc): Doc<ShardDoc<ContactDoc>> =>
  from<Record<string, unknown>>({ schemaVersion: 1, kind: 'contacts', shard: 0, records: { [doc.id]: doc } }) as unknown as Doc<ShardDoc<ContactDoc>>

describe('contacts', () => {
  it('accepts a phone-only contact and shows it by its number', () => {
    const contact = readContact(newContactDoc('c1', { phones: [' +1 212 555 0101 '] }, 1))
    expect(contact.phones).toEqual(['+1 212 555 0101'])
    expect(contact.email).toBe('')
    expect(displayName(contact)).toBe('+1 212 555 0101')
  })

  it('stores only the fields that hold something', () => {
    expect(Object.keys(newContactDoc('c1', { name: 'Rosa', email: '  ', tags: [] }, 1)).sort()).toEqual(['createdAt', 'id', 'name', 'updatedAt'])
  })

  it('reads defaults for everything not stored, consent included', () => {
    const contact = readContact({ id: 'c1', createdAt: 1, updatedAt: 1 })
    expect(contact).toMatchObject({ name: '', phones: [], tags: [], notes: '', consent: { call: true, text: true, visit: true } })
    expect(readContact(newContactDoc('c2', { consent: { call: true, text: false, visit: true } }, 1)).consent.text).toBe(false)
  })

  it('edits a value, a list and prose, and stamps the change time', () => {
    let shard = shardWith(newContactDoc('c1', { name: 'Rosa' }, 1))
    shard = change(shard, (d) => setContactScalar(d, 'c1', 'email', 'rosa@example.org', 5))
    shard = change(shard, (d) => setContactList(d, 'c1', 'tags', ['tenant', ' ', 'phone tree'], 6))
    shard = change(shard, (d) => setContactText(d, 'c1', 'notes', 'Called back.', 7))
    shard = change(shard, (d) => setContactText(d, 'c1', 'notes', 'Called back twice.', 8))
    expect(readContact(shard.records.c1!)).toMatchObject({ email: 'rosa@example.org', tags: ['tenant', 'phone tree'], notes: 'Called back twice.', updatedAt: 8 })
  })

  it('refuses to edit a contact that is not in the shard', () => {
    const shard = shardWith(newContactDoc('c1', {}, 1))
    expect(() => change(shard, (d) => setContactScalar(d, 'nope', 'name', 'x', 2))).toThrow(/No contact nope/)
  })
})
