import ICAL from 'ical.js'
import type { RowProblem } from '../../shared/contacts/importTypes'
import type { RawRecord } from './toContacts'
import { UnreadableFileError } from './readCsv'
import { vcardCards, type RawCard } from './vcardCards'

type Component = InstanceType<typeof ICAL.Component>

const values = (card: Component, name: string): string[] =>
  card.getAllProperties(name).flatMap((p) => p.getValues().map((v: unknown) => (Array.isArray(v) ? v : [String(v ?? '')])).flat())

/** A text property, whole: ical.js splits NOTE and FN at unescaped commas, which 2.1 and many 3.0 writers leave. */
const texts = (card: Component, name: string): string[] => card.getAllProperties(name).map((p) => p.getValues().map(String).join(','))

/** A TEL in vCard 4 may be a `tel:` URI; the number is what follows. */
const phoneOf = (value: string): string => value.replace(/^tel:/i, '')

function recordOf(card: Component, row: number): RawRecord {
  const n = card.getFirstPropertyValue('n') as unknown
  const [last = '', first = ''] = Array.isArray(n) ? (n as string[]) : []
  const fn = texts(card, 'fn')[0] ?? ''
  const adr = card.getFirstProperty('adr')?.getFirstValue() as unknown
  const [, extended = '', street = '', city = ''] = Array.isArray(adr) ? (adr as string[]) : []
  return {
    row,
    values: {
      name: [fn || [first, last].filter(Boolean).join(' ')],
      phone: card.getAllProperties('tel').map((p) => phoneOf(String(p.getFirstValue() ?? ''))),
      email: values(card, 'email'),
      tags: values(card, 'categories'),
      languages: values(card, 'lang'),
      address: [[street, city].filter(Boolean).join(', ')],
      unit: [extended],
      notes: texts(card, 'note'),
    },
  }
}

/** How a problem names a card, beside its number: who it is, and where it is in the file. */
const cardLabel = (card: RawCard) => `${card.name ? `“${card.name}” ` : ''}(lines ${card.firstLine}–${card.lastLine})`

/**
 * vCard 2.1, 3.0 and 4.0, several cards per file, read with ical.js card by card into the
 * same raw records as CSV rows. A card that cannot be read is reported by number, name and
 * lines, and the others are read.
 */
export function readVcard(text: string): { records: RawRecord[]; problems: RowProblem[]; cards: number } {
  const cards = vcardCards(text)
  if (!cards.length) throw new UnreadableFileError('This file has no vCard in it: no line says BEGIN:VCARD.')
  const records: RawRecord[] = []
  const problems: RowProblem[] = []
  for (const card of cards) {
    const broken = (reason: string) => problems.push({ row: card.number, column: '', reason: `${cardLabel(card)} could not be read: ${reason}`, severity: 'error' })
    if (card.problem || !card.text) {
      broken(card.problem ?? 'it is empty')
      continue
    }
    try {
      records.push(recordOf(new ICAL.Component(ICAL.parse(card.text) as never), card.number))
    } catch (error) {
      broken((error as Error).message)
    }
  }
  return { records, problems, cards: cards.length }
}
