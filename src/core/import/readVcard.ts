import ICAL from 'ical.js'
import type { RawRecord } from './toContacts'
import { UnreadableFileError } from './readCsv'

type Component = InstanceType<typeof ICAL.Component>

const values = (card: Component, name: string): string[] =>
  card.getAllProperties(name).flatMap((p) => p.getValues().map((v: unknown) => (Array.isArray(v) ? v : [String(v ?? '')])).flat())

/** A TEL in vCard 4 may be a `tel:` URI; the number is what follows. */
const phoneOf = (value: string): string => value.replace(/^tel:/i, '')

/** vCard 3.0 and 4.0 (several cards per file), read with ical.js into the same raw records as CSV rows. */
export function readVcard(text: string): RawRecord[] {
  let parsed: unknown
  try {
    parsed = ICAL.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new UnreadableFileError(`This vCard file could not be read: ${(error as Error).message}`)
  }
  const jcards = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[]
  return jcards.map((jcard, i) => {
    const card = new ICAL.Component(jcard as never)
    const n = card.getFirstPropertyValue('n') as unknown
    const [last = '', first = ''] = Array.isArray(n) ? (n as string[]) : []
    const fn = String(card.getFirstPropertyValue('fn') ?? '')
    const adr = card.getFirstProperty('adr')?.getFirstValue() as unknown
    const [, extended = '', street = '', city = ''] = Array.isArray(adr) ? (adr as string[]) : []
    return {
      row: i + 1,
      values: {
        name: [fn || [first, last].filter(Boolean).join(' ')],
        phone: card.getAllProperties('tel').map((p) => phoneOf(String(p.getFirstValue() ?? ''))),
        email: values(card, 'email'),
        tags: values(card, 'categories'),
        languages: values(card, 'lang'),
        address: [[street, city].filter(Boolean).join(', ')],
        unit: [extended],
        notes: values(card, 'note'),
      },
    }
  })
}
