import ICAL from 'ical.js'
import Papa from 'papaparse'
import { readContact, type Contact } from '../../shared/contacts/contact'
import { isNormalizedPhone } from '../../shared/contacts/phone'
import { str } from '../../shared/notebook/scalar'
import type { PlaceDoc } from '../../shared/places/place'
import { allContactDocs, allRecords } from '../contacts/readAll'
import type { Notebook } from '../notebook/Notebook'
import { FORMULA_CELL } from './formulaCells'

export type ContactExportFormat = 'csv' | 'vcf'

/**
 * Column names the importer maps back, so an export round-trips. The first phone has a
 * column of its own so that, alone in its cell, a spreadsheet reads it as a number.
 */
const CSV_COLUMNS = ['Name', 'Phone', 'Other phones', 'Email', 'Address', 'Unit', 'Tags', 'Languages', 'Where met', 'Owner', 'Notes'] as const

function csv(people: Contact[], addressOf: (placeId: string) => string): string {
  const rows = people.map((c) => [c.name, c.phones[0] ?? '', c.phones.slice(1).join('; '), c.email, addressOf(c.placeId), c.unit, c.tags.join(', '), c.languages.join(', '), c.whereMet, c.owner, c.notes])
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', escapeFormulae: FORMULA_CELL }) + '\r\n'
}

/** vCard 4.0 (RFC 6350), one card per person. */
function vcf(people: Contact[], addressOf: (placeId: string) => string): string {
  return people
    .map((c) => {
      const card = new ICAL.Component('vcard')
      card.addPropertyWithValue('version', '4.0')
      card.addPropertyWithValue('fn', c.name || c.phones[0] || c.email || 'Unnamed contact')
      for (const phone of c.phones) {
        // RFC 6350: a number is a tel: URI; one kept as typed goes as text.
        const e164 = isNormalizedPhone(phone)
        const tel = card.addPropertyWithValue('tel', e164 ? `tel:${phone}` : phone)
        tel.setParameter('value', e164 ? 'uri' : 'text')
        tel.setParameter('type', 'cell')
      }
      if (c.email) card.addPropertyWithValue('email', c.email)
      const address = addressOf(c.placeId)
      if (address || c.unit) card.addPropertyWithValue('adr', ['', c.unit, address, '', '', '', ''])
      if (c.tags.length) {
        const categories = new ICAL.Property('categories', card)
        categories.setValues(c.tags)
        card.addProperty(categories)
      }
      for (const lang of c.languages) card.addPropertyWithValue('lang', lang)
      if (c.notes) card.addPropertyWithValue('note', c.notes)
      return card.toString()
    })
    .join('\r\n')
    .concat('\r\n')
}

/** Every live contact (merged-away records are left out) as CSV or vCard text. */
export async function exportContacts(notebook: Notebook, format: ContactExportFormat): Promise<{ text: string; count: number }> {
  const places = new Map((await allRecords<PlaceDoc>(notebook, 'places')).map((p) => [p.id, str(p.address) || str(p.name)]))
  const people = (await allContactDocs(notebook)).map(readContact).filter((c) => !c.mergedInto)
  people.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
  const addressOf = (placeId: string) => places.get(placeId) ?? ''
  return { text: format === 'csv' ? csv(people, addressOf) : vcf(people, addressOf), count: people.length }
}
