import type { Faker } from '@faker-js/faker'
import type { CampaignDoc } from '../../shared/campaigns/campaign'
import type { ContactDoc } from '../../shared/contacts/contact'
import type { NoteDoc, QuoteDoc } from '../../shared/notes/note'
import { scalar, str } from '../../shared/notebook/scalar'
import type { PlaceDoc } from '../../shared/places/place'
import type { Block } from '../../shared/richtext/writeRichBody'
import { pickWeighted, type GeneratedTerms } from './terms'
import * as words from './vocabulary'

const DAY = 86_400_000

/** A place as the note generator sees it: its sector and the landlord or employer most people there name. */
export interface GeneratedPlace {
  doc: PlaceDoc
  sector: words.Sector
  mainTarget: string
  contacts: ContactDoc[]
}

export interface NoteWorld {
  f: Faker
  now: number
  terms: GeneratedTerms
  places: GeneratedPlace[]
  campaigns: { doc: CampaignDoc; sector: words.Sector; targetId: string }[]
}

const weighted = <T>(f: Faker, pairs: [T, number][]): T => f.helpers.weightedArrayElement(pairs.map(([value, weight]) => ({ value, weight })))

/** 1–3 distinct problems from the place's sector, the common ones far more often. */
function problemsFor(world: NoteWorld, sector: words.Sector) {
  const count = weighted(world.f, [[1, 50], [2, 35], [3, 15]])
  const picked = new Map<string, (typeof world.terms.problems)[number]>()
  for (let tries = 0; picked.size < count && tries < 20; tries++) {
    const term = pickWeighted(world.f, world.terms.problems, sector)
    picked.set(term.id, term)
  }
  return [...picked.values()]
}

function quoteFor(world: NoteWorld, speaker: ContactDoc, place: GeneratedPlace, problemQuotes: string[], hostile: boolean): QuoteDoc {
  const { f } = world
  const isObjection = f.number.float() < (hostile ? 0.6 : 0.14)
  const text = isObjection ? f.helpers.arrayElement(words.OBJECTIONS) : f.number.float() < 0.8 ? f.helpers.arrayElement(problemQuotes) : f.helpers.arrayElement(words.GENERAL_QUOTES)
  const use = weighted(world.f, [['public', 30], ['anonymous', 45], ['private', 25]])
  const who = place.sector === 'housing' ? `a tenant on floor ${str(speaker.unit).slice(0, 1) || '1'}` : `a worker in ${str(speaker.unit) || 'the warehouse'}`
  const attribution = use === 'public' ? `${str(speaker.name) || 'A neighbour'}, ${str(place.doc.name)}` : use === 'anonymous' ? who : ''
  return { id: f.string.uuid(), text, contactId: scalar(speaker.id), use: scalar(use), attribution, isObjection }
}

/** One conversation: who, where, the problems and their source, their words, and what was agreed. */
export function generateNote(world: NoteWorld): { note: NoteDoc; blocks: Block[] } {
  const { f, terms } = world
  const place = f.helpers.arrayElement(world.places.filter((p) => p.contacts.length))
  const speaker = f.helpers.arrayElement(place.contacts)
  const contacts = f.number.float() < 0.15 ? [...new Set([speaker, f.helpers.arrayElement(place.contacts)])] : [speaker]
  const problems = problemsFor(world, place.sector)
  const target = f.number.float() < 0.75 ? place.mainTarget : pickWeighted(f, terms.targets, place.sector).id
  const stance = weighted(f, words.STANCES.map((s) => [s.stance, s.weight]))
  const sectorCampaigns = world.campaigns.filter((c) => c.sector === place.sector)
  const campaign = sectorCampaigns.find((c) => c.targetId === target) ?? f.helpers.arrayElement(sectorCampaigns)
  const campaignIds = [campaign.doc.id, ...(f.number.float() < 0.15 ? [f.helpers.arrayElement(world.campaigns).doc.id] : [])]
  const problemQuotes = problems.flatMap((p) => p.word.quotes)
  const quoteCount = weighted(f, [[0, 25], [1, 40], [2, 25], [3, 10]])
  const drawn = Array.from({ length: quoteCount }, () => quoteFor(world, f.helpers.arrayElement(contacts), place, problemQuotes, stance === 'opposed' || stance === 'hostile'))
  // One conversation never says the same sentence twice.
  const quoteList = drawn.filter((q, i) => drawn.findIndex((other) => other.text === q.text) === i)
  const followUp = f.number.float() < 0.4 ? { due: world.now + f.number.int({ min: 1, max: 21 }) * DAY, what: f.helpers.arrayElement(words.FOLLOW_UPS) } : null
  const date = world.now - Math.floor(f.number.float() ** 1.5 * 120) * DAY - f.number.int({ min: 17, max: 21 }) * 3_600_000
  const problemIds = problems.map((p) => (p.id === terms.alias.mergedInto && f.number.float() < 0.1 ? terms.alias.id : p.id))

  const names = problems.map((p) => p.word.name.toLowerCase()).join(', ')
  const sentences = f.helpers.arrayElements(words.NOTE_SENTENCES, 8)
  const blocks: Block[] = [
    { spec: { kind: 'paragraph' }, text: `${sentences.slice(0, 2).join(' ')} Raised: ${names}.` },
    ...quoteList.map((q) => ({ spec: { kind: 'blockquote' } as const, text: `“${q.text}”` })),
    { spec: { kind: 'paragraph' }, text: sentences.slice(2, 5).join(' ') },
    { spec: { kind: 'paragraph' }, text: sentences.slice(5).join(' ') },
    ...(followUp ? [{ spec: { kind: 'check', checked: false } as const, text: followUp.what }] : []),
  ]
  const note: NoteDoc = {
    id: f.string.uuid(),
    createdAt: date,
    updatedAt: date,
    date,
    placeId: scalar(place.doc.id),
    unit: scalar(str(speaker.unit)),
    contactIds: contacts.map((c) => scalar(c.id)),
    campaignIds: [...new Set(campaignIds)].map(scalar),
    problems: problemIds.map(scalar),
    target: scalar(target),
    stance: scalar(stance),
    body: '',
    quotes: Object.fromEntries(quoteList.map((q) => [q.id, q])),
    followUp,
  }
  return { note, blocks }
}
