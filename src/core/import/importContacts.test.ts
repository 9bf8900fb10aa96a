import { readFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newContactDoc, readContact } from '../../shared/contacts/contact'
import { str } from '../../shared/notebook/scalar'
import type { PlaceDoc } from '../../shared/places/place'
import { allContactDocs, allRecords } from '../contacts/readAll'
import { Notebook } from '../notebook/Notebook'
import { commitImport, previewImport } from './importContacts'
import { UnreadableFileError } from './readCsv'
import { nodeKeyVault } from '../atRest/keyWrappings'

const keys = nodeKeyVault(await mkdtemp(join(tmpdir(), 'massline-keys-')), {})

const fixture = (name: string) => ({ fileName: name, text: readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8') })
let nb: Notebook

beforeAll(async () => {
  nb = await Notebook.create(await mkdtemp(join(tmpdir(), 'massline-import-')), 'Import', keys)
  await nb.putRecords('contacts', [newContactDoc('existing', { name: 'Amelie Dupont', phones: ['+12125550102'] }, 1)])
})
afterAll(() => nb.close())

describe('contact import', () => {
  it('reads a messy CSV: BOM, CRLF, quoted commas and quotes, accents, a broken row, an empty row', async () => {
    const preview = await previewImport(nb, fixture('messy.csv'))
    expect(preview).toMatchObject({ format: 'csv', source: 'Generic CSV', total: 6, valid: 5 })
    expect(preview.headers[0]).toBe('First Name')
    expect(preview.mapping).toMatchObject({ 'First Name': 'firstName', 'Last Name': 'lastName', Phone: 'phone', Apt: 'unit', Tags: 'tags', Language: 'languages', Notes: 'notes' })
    expect(preview.sample[0]).toMatchObject({ row: 2, name: 'José Muñoz', phones: ['+12125550101'], tags: ['tenant', 'rent strike'], address: '12 Main St, Springfield', unit: '4B' })
    expect(preview.problems.map((p) => [p.row, p.column, p.severity])).toEqual([
      [5, '', 'error'],
      [7, 'Phone', 'warning'],
      [7, 'Email', 'warning'],
    ])
    expect(preview.problems[0]!.reason).toMatch(/could not be read: has 11 cells where the header has 9 columns/)
  })

  it('finds rows that match the notebook or an earlier row of the file', async () => {
    const { duplicates } = await previewImport(nb, fixture('messy.csv'))
    expect(duplicates.map((d) => [d.row, d.contactId, d.reason])).toEqual([
      [3, 'existing', 'same phone'],
      [8, '', 'same phone, similar name in the same place'],
    ])
    expect(duplicates[1]!.contactName).toBe('row 2 of this file')
  })

  it.each([
    ['action-network.csv', 'Action Network', { name: 'Keisha Brown', phones: ['+19175550141'], tags: ['Rent Strike 2026', 'Building Captain'] }],
    ['ngp-van.csv', 'NGP VAN', { name: 'Chidi Okafor', phones: ['+17185550160', '+19175550161'], email: 'chidi.okafor@example.org', languages: ['English'] }],
    ['spoke.csv', 'Spoke', { name: 'Darnell Jackson', phones: ['+19175550170'], whereMet: 'Tenant Union Phonebank' }],
    ['solidarity-tech.csv', 'Solidarity Tech', { name: 'Fatima Haddad', unit: '12D', tags: ['Building Committee', 'Spanish Speakers'], languages: ['Arabic'], whereMet: 'Bronx Tenants' }],
  ])('auto-maps an %s export (%s)', async (file, source, first) => {
    const preview = await previewImport(nb, fixture(file))
    expect(preview.source).toBe(source)
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(preview.sample[0]).toMatchObject({ name: first.name })
    const before = (await allContactDocs(nb)).length
    await commitImport(nb, fixture(file))
    const added = (await allContactDocs(nb)).map(readContact).filter((c) => c.name === first.name)
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject(first)
    expect((await allContactDocs(nb)).length).toBe(before + 2)
  })

  it('keeps the no-texts choice from Spoke and Action Network', async () => {
    const people = (await allContactDocs(nb)).map(readContact)
    expect(people.find((c) => c.name === 'Mei Chen')?.consent.text).toBe(false)
    expect(people.find((c) => c.name === 'Tomás Reyes')?.consent.text).toBe(false)
    expect(people.find((c) => c.name === 'Keisha Brown')?.consent.text).toBe(true)
  })

  it('imports the good rows of the messy file in one write, with places for the buildings, reporting progress', async () => {
    const events: string[] = []
    const result = await commitImport(nb, { ...fixture('messy.csv'), mapping: { Notes: 'howMet' } }, { skipDuplicates: true, onProgress: (p) => events.push(`${p.phase} ${p.done}/${p.total}`) })
    expect(result).toMatchObject({ imported: 4, skipped: 1, places: 2 })
    expect(events[0]).toBe('reading 5/5')
    expect(events.at(-1)).toBe('done 4/4')
    expect(events.some((e) => e.startsWith('writing'))).toBe(true)
    const places = await allRecords<PlaceDoc>(nb, 'places')
    const main = places.find((p) => str(p.address) === '12 Main St, Springfield')!
    const jose = (await allContactDocs(nb)).map(readContact).find((c) => c.name === 'José Muñoz')!
    expect(jose).toMatchObject({ placeId: main.id, unit: '4B', howMet: 'Mold in the bathroom, landlord ignores it', languages: ['es'] })
  })

  it('files an old list in the reservoir when asked', async () => {
    await commitImport(nb, fixture('contacts.vcf'), { reservoir: true })
    const ana = (await allContactDocs(nb)).map(readContact).find((c) => c.name === 'Ana Ruiz')!
    expect(ana.cadence).toBe('reservoir')
  })

  it('reads vCard 3.0 and 4.0', async () => {
    const preview = await previewImport(nb, fixture('contacts.vcf'))
    expect(preview).toMatchObject({ format: 'vcard', total: 2, valid: 2 })
    expect(preview.sample).toMatchObject([
      { name: 'Rosa Díaz', phones: ['+12125550103'], email: 'rosa@example.org', tags: ['tenant', 'rent strike'], address: '12 Main St, Springfield', unit: '4B' },
      { name: 'Ana Ruiz', phones: ['+19175550199'] },
    ])
  })

  it('gives one clear error for a file it cannot read, and writes nothing', async () => {
    const before = (await allContactDocs(nb)).length
    await expect(commitImport(nb, { fileName: 'x.vcf', text: 'this is not a card' })).rejects.toThrow(UnreadableFileError)
    await expect(commitImport(nb, { fileName: 'x.csv', text: '\n\n' })).rejects.toThrow(/no header row/)
    await expect(commitImport(nb, { fileName: 'x.csv', text: 'Name\n\u0000\u0001\u0002\u0003\u0004\u0005\u0006' })).rejects.toThrow(/^This file is not a text file/)
    const cut = await commitImport(nb, { fileName: 'x.vcf', text: 'BEGIN:VCARD\nFN:Cut Short' })
    expect(cut).toMatchObject({ imported: 0, problems: [{ row: 1, severity: 'error', reason: expect.stringMatching(/no END:VCARD/) }] })
    expect((await allContactDocs(nb)).length).toBe(before)
  })
})
