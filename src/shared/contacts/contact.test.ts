import { change, from, type Doc } from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ShardDoc } from '../notebook/schema'
import { displayName, newContactDoc, readContact, type ContactDoc } from './contact'
import { contactRow } from './contactRow'
import { logInteraction, setConsent, setContactList, setContactPhones, setContactScalar, setContactText, setLevel } from './contactMutations'

const shardWith = (doc: ContactDoc): Doc<ShardDoc<ContactDoc>> =>
  from<Record<string, unknown>>({ schemaVersion: 1, kind: 'contacts', shard: 0, records: { [doc.id]: doc } }) as unknown as Doc<ShardDoc<ContactDoc>>

describe('contacts', () => {
  it('accepts a phone-only contact and shows it by its number', () => {
    const contact = readContact(newContactDoc('c1', { phones: [' +1 212 555 0101 '] }, 1))
    expect(contact.phones).toEqual(['+1 212 555 0101'])
    expect(contact.email).toBe('')
    expect(displayName(contact)).toBe('+1 212 555 0101')
  })

  it('normalizes phones to E.164 with the notebook region, keeping what cannot be read', () => {
    const doc = newContactDoc('c1', { phones: ['(212) 555-0101', '+44 20 7946 0958', 'ask at door 4B', '212.555.0101'] }, 1, { region: 'US' })
    expect(readContact(doc).phones).toEqual(['+12125550101', '+442079460958', 'ask at door 4B'])
    const fr = newContactDoc('c2', { phones: ['06 12 34 56 78'] }, 1, { region: 'fr' })
    expect(readContact(fr).phones).toEqual(['+33612345678'])
  })

  it('stores only the fields that hold something', () => {
    expect(Object.keys(newContactDoc('c1', { name: 'Rosa', email: '  ', tags: [], knows: [] }, 1)).sort()).toEqual(['createdAt', 'id', 'name', 'updatedAt'])
  })

  it('reads defaults for everything not stored, consent included', () => {
    const contact = readContact({ id: 'c1', createdAt: 1, updatedAt: 1 })
    expect(contact).toMatchObject({ name: '', phones: [], tags: [], notes: '', levels: {}, interactions: [], cadence: '', mergedInto: '', consent: { call: true, text: true, visit: true } })
    expect(readContact(newContactDoc('c2', { consent: { text: false } }, 1)).consent).toEqual({ call: true, text: false, visit: true })
  })

  it('edits a value, a list and prose, and stamps the change time; clearing removes the field', () => {
    let shard = shardWith(newContactDoc('c1', { name: 'Rosa' }, 1))
    shard = change(shard, (d) => setContactScalar(d, 'c1', 'email', 'rosa@example.org', 5))
    shard = change(shard, (d) => setContactList(d, 'c1', 'tags', ['tenant', ' ', 'phone tree'], 6))
    shard = change(shard, (d) => setContactText(d, 'c1', 'notes', 'Called back.', 7))
    shard = change(shard, (d) => setContactText(d, 'c1', 'notes', 'Called back twice.', 8))
    shard = change(shard, (d) => setContactPhones(d, 'c1', ['212 555 0101'], 'US', 9))
    shard = change(shard, (d) => setContactScalar(d, 'c1', 'recruitedBy', 'c9', 10))
    expect(readContact(shard.records.c1!)).toMatchObject({ email: 'rosa@example.org', tags: ['tenant', 'phone tree'], notes: 'Called back twice.', phones: ['+12125550101'], recruitedBy: 'c9', updatedAt: 10 })
    shard = change(shard, (d) => setContactScalar(d, 'c1', 'email', ' ', 11))
    shard = change(shard, (d) => setContactList(d, 'c1', 'tags', [], 11))
    expect(Object.keys(shard.records.c1!)).not.toContain('email')
    expect(Object.keys(shard.records.c1!)).not.toContain('tags')
  })

  it('stores consent only while something is refused', () => {
    let shard = shardWith(newContactDoc('c1', { name: 'Rosa' }, 1))
    shard = change(shard, (d) => setConsent(d, 'c1', { call: true, text: false, visit: true }, 2))
    expect(readContact(shard.records.c1!).consent.text).toBe(false)
    shard = change(shard, (d) => setConsent(d, 'c1', { call: true, text: true, visit: true }, 3))
    expect(Object.keys(shard.records.c1!)).not.toContain('consent')
  })

  it('refuses to edit a contact that is not in the shard', () => {
    const shard = shardWith(newContactDoc('c1', {}, 1))
    expect(() => change(shard, (d) => setContactScalar(d, 'nope', 'name', 'x', 2))).toThrow(/No contact nope/)
  })

  it('projects a list row with levels, owner, place and follow-up facts', () => {
    let shard = shardWith(newContactDoc('c1', { name: 'Rosa', owner: 'Ana', placeId: 'p1', unit: '4B', tags: ['rent strike'] }, 1))
    shard = change(shard, (d) => setLevel(d, 'c1', 'camp1', { level: 'advanced' }, 2))
    shard = change(shard, (d) => logInteraction(d, 'c1', { kind: 'call', at: 3, outcome: 'reached', promise: { due: 10, what: 'bring flyers' } }, 3))
    expect(contactRow(shard.records.c1!)).toMatchObject({
      name: 'Rosa',
      owner: 'Ana',
      placeId: 'p1',
      unit: '4B',
      tags: ['rent strike'],
      levels: { camp1: 'advanced' },
      follow: { cadence: 'advanced', lastAt: 3, lastOutcome: 'reached', lastReachedAt: 3, promiseDue: 10, snoozedUntil: 0 },
      mergedInto: '',
    })
  })
})
