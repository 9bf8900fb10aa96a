import type { CampaignDoc } from '../../shared/campaigns/campaign'
import { displayName, readContact, type ContactDoc } from '../../shared/contacts/contact'
import type { LeafletDoc } from '../../shared/leaflets/leaflet'
import type { NoteDoc } from '../../shared/notes/note'
import { noteRow } from '../../shared/notes/noteRow'
import { str, strs } from '../../shared/notebook/scalar'
import type { NotebookRootDoc } from '../../shared/notebook/schema'
import { resolveTerm } from '../../shared/notebook/terms'
import type { PlaceDoc } from '../../shared/places/place'
import { plainText } from '../../shared/richtext/plainText'
import type { SearchKind } from '../../shared/searchContract'

/** One searchable thing as the index holds it; `text` is what snippets are cut from. */
export interface SearchDoc {
  key: string
  kind: SearchKind
  id: string
  title: string
  text: string
  /** Indexed but never shown (a unit). */
  extra: string
  /** A contact's phone numbers as entered: found by a scan of their digits, not through the index (phoneSearch.ts). */
  phones: string[]
  noteId: string
  date: number
  campaignIds: string[]
  placeId: string
}

const HEADLINE_CHARS = 90

export const keyOf = (kind: SearchKind, id: string): string => `${kind}:${id}`

function doc(kind: SearchKind, id: string, fields: Partial<SearchDoc> & Pick<SearchDoc, 'title' | 'date'>): SearchDoc {
  return { key: keyOf(kind, id), kind, id, text: '', extra: '', phones: [], noteId: '', campaignIds: [], placeId: '', ...fields }
}

const lines = (...parts: string[]): string => parts.filter(Boolean).join('\n')

/** A conversation note and each quote marked in it (quotes are found on their own and lead back to the note). */
export function noteDocs(note: Partial<NoteDoc> & Pick<NoteDoc, 'id' | 'createdAt' | 'updatedAt'>, root: NotebookRootDoc): SearchDoc[] {
  const termName = (id: string): string => (id ? (resolveTerm(root, id)?.name ?? id) : '')
  // Fields as the note list reads them (their types checked: a peer may have written anything).
  const row = noteRow(note)
  const body = plainText(note.body)
  const problems = row.problems.map(termName).filter(Boolean)
  const target = termName(row.target)
  const shared = { date: row.date, campaignIds: row.campaignIds, placeId: row.placeId }
  const [first = '', ...rest] = body.split('\n')
  const headline = first.trim()
  // The first paragraph is the title; the text repeats it only when the title had to be cut.
  const cut = headline.length > HEADLINE_CHARS
  const main = doc('note', note.id, {
    ...shared,
    title: cut ? `${headline.slice(0, HEADLINE_CHARS).replace(/\s+\S*$/, '')}…` : headline || 'Conversation',
    text: lines(cut ? body : rest.join('\n'), problems.length ? `Problems: ${problems.join(', ')}` : '', target ? `Target: ${target}` : '', row.followUp?.what ?? ''),
    extra: row.unit,
  })
  const quotes = row.quotes.map((quote) => doc('quote', quote.id, { ...shared, title: quote.text, text: quote.attribution, noteId: note.id }))
  return [main, ...quotes]
}

/** A contact; one merged into another is left out (the survivor carries its values). */
export function contactDocs(record: ContactDoc): SearchDoc[] {
  const contact = readContact(record)
  if (contact.mergedInto) return []
  return [
    doc('contact', contact.id, {
      title: displayName(contact),
      text: lines([...contact.phones, contact.email, ...contact.tags].filter(Boolean).join(' · '), contact.whereMet, contact.howMet, contact.notes),
      extra: contact.unit,
      phones: contact.phones,
      date: contact.updatedAt,
      campaignIds: Object.keys(contact.levels),
      placeId: contact.placeId,
    }),
  ]
}

/** A place; one merged into another is left out (the survivor carries its knocks and units). */
export function placeDocs(place: Partial<PlaceDoc> & Pick<PlaceDoc, 'id' | 'updatedAt'>): SearchDoc[] {
  if (str(place.mergedInto)) return []
  return [doc('place', place.id, { title: str(place.name) || str(place.address) || 'Unnamed place', text: lines(str(place.address), str(place.kind)), date: place.updatedAt, placeId: place.id })]
}

export function campaignDocs(campaign: Partial<CampaignDoc> & Pick<CampaignDoc, 'id' | 'updatedAt'>): SearchDoc[] {
  return [
    doc('campaign', campaign.id, {
      title: str(campaign.name) || 'Unnamed campaign',
      text: lines(str(campaign.target) && `Target: ${str(campaign.target)}`, strs(campaign.demands).join(' · '), plainText(str(campaign.description))),
      date: campaign.updatedAt,
      campaignIds: [campaign.id],
    }),
  ]
}

/** A leaflet, both languages of a bilingual one (`bodyB`). */
export function leafletDocs(leaflet: Partial<LeafletDoc> & Pick<LeafletDoc, 'id'> & { bodyB?: string }): SearchDoc[] {
  return [
    doc('leaflet', leaflet.id, {
      title: str(leaflet.title) || 'Untitled leaflet',
      text: lines(plainText(leaflet.body), plainText(leaflet.bodyB)),
      date: leaflet.updatedAt ?? leaflet.createdAt ?? 0,
      campaignIds: str(leaflet.campaignId) ? [str(leaflet.campaignId)] : [],
    }),
  ]
}
