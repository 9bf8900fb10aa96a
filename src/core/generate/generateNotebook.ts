import { base, en, es_MX, Faker, fr, vi, zh_CN, ar } from '@faker-js/faker'
import { newContactDoc, type ContactDoc } from '../../shared/contacts/contact'
import type { CampaignDoc } from '../../shared/campaigns/campaign'
import type { LeafletDoc } from '../../shared/leaflets/leaflet'
import type { NoteDoc, QuoteDoc } from '../../shared/notes/note'
import type { PlaceDoc } from '../../shared/places/place'
import { scalar, type Scalar } from '../../shared/notebook/scalar'
import { SCHEMA_VERSION } from '../../shared/notebook/schema'
import type { Notebook } from '../notebook/Notebook'
import * as words from './vocabulary'

export interface GenerateOptions {
  contacts: number
  notes: number
  leaflets: number
  seed?: number
  onProgress?: (stage: string, done: number, total: number) => void
}

export interface GenerateSummary {
  contacts: number
  notes: number
  places: number
  campaigns: number
  leaflets: number
}

const LOCALES = [[en, base], [es_MX, en, base], [vi, en, base], [zh_CN, en, base], [ar, en, base], [fr, en, base]]

/** Fills a notebook with a realistic, seeded investigation: buildings, campaigns, contacts, conversations, leaflets. */
export async function generateNotebook(notebook: Notebook, options: GenerateOptions): Promise<GenerateSummary> {
  const fakers = LOCALES.map((locale) => new Faker({ locale }))
  fakers.forEach((f, i) => f.seed((options.seed ?? 1) * 97 + i))
  const f = fakers[0]!
  const now = Date.UTC(2026, 10, 1)
  const id = () => f.string.uuid()
  const report = options.onProgress ?? (() => {})

  const places: PlaceDoc[] = Array.from({ length: Math.max(1, Math.ceil(options.contacts / 60)) }, (_, i) => ({
    id: id(),
    createdAt: now,
    updatedAt: now,
    kind: scalar(i % 7 === 6 ? 'workplace' : 'building'),
    name: scalar(`${words.STREETS[i % words.STREETS.length]} ${Math.floor(i / words.STREETS.length) + 1}`),
    address: scalar(f.location.streetAddress()),
    units: Array.from({ length: 6 }, (_, floor) => ['A', 'B', 'C', 'D'].map((u) => scalar(`${floor + 1}${u}`))).flat(),
  }))
  const campaigns: CampaignDoc[] = words.CAMPAIGNS.map((c) => ({
    id: id(),
    createdAt: now,
    updatedAt: now,
    name: scalar(c.name),
    target: scalar(c.target),
    tide: scalar('low'),
    demands: c.demands.map(scalar),
    description: '',
  }))

  const contacts: ContactDoc[] = Array.from({ length: options.contacts }, (_, i) => {
    const local = fakers[i % fakers.length]!
    const place = f.helpers.arrayElement(places)
    const hasPhone = f.number.float() < 0.9
    return newContactDoc(
      id(),
      {
        name: f.number.float() < 0.97 ? local.person.fullName() : '',
        phones: hasPhone || i % 50 === 0 ? [`+1${f.helpers.arrayElement(['212', '718', '347', '917'])}555${String(1000 + (i % 9000)).padStart(4, '0')}`] : [],
        email: f.number.float() < 0.4 ? f.internet.email().toLowerCase() : '',
        languages: f.helpers.arrayElements(words.LANGUAGES, { min: 1, max: 2 }),
        tags: f.helpers.arrayElements(['tenant', 'worker', 'building committee', 'phone tree', 'reservoir'], { min: 0, max: 2 }),
        placeId: place.id,
        unit: f.helpers.arrayElement(place.units).val,
        howMet: f.helpers.arrayElement(words.HOW_MET),
        owner: f.helpers.arrayElement(words.COMRADES),
        notes: f.number.float() < 0.3 ? f.helpers.arrayElements(words.NOTE_SENTENCES, 2).join(' ') : '',
      },
      now - f.number.int({ min: 0, max: 180 }) * 86_400_000,
    )
  })
  report('contacts', 0, contacts.length)
  await notebook.putRecords('places', places)
  await notebook.putRecords('campaigns', campaigns)
  await notebook.putRecords('contacts', contacts)
  report('contacts', contacts.length, contacts.length)

  const notes: NoteDoc[] = Array.from({ length: options.notes }, () => {
    const contact = contacts.length ? f.helpers.arrayElement(contacts) : undefined
    const quotes: Record<string, QuoteDoc> = {}
    for (const q of f.helpers.arrayElements([...words.QUOTES.keys()], { min: 1, max: 2 })) {
      const quoteId = id()
      quotes[quoteId] = {
        id: quoteId,
        text: words.QUOTES[q]!,
        contactId: scalar(contact?.id ?? ''),
        use: scalar(f.helpers.arrayElement(['public', 'anonymous', 'private'])),
        attribution: '',
        isObjection: words.OBJECTION_QUOTES.has(q),
      }
    }
    const sentences = f.helpers.arrayElements(words.NOTE_SENTENCES, 5)
    const body = [...sentences, ...Object.values(quotes).map((q) => `“${q.text}”`)].join(' ').padEnd(800, ' —').slice(0, 800)
    return {
      id: id(),
      createdAt: now,
      updatedAt: now,
      date: now - f.number.int({ min: 0, max: 120 }) * 86_400_000,
      placeId: contact?.placeId ?? scalar(''),
      unit: contact?.unit ?? scalar(''),
      contactIds: contact ? [scalar(contact.id)] : [],
      campaignIds: [scalar(f.helpers.arrayElement(campaigns).id)],
      problems: f.helpers.arrayElements(words.PROBLEMS, { min: 1, max: 3 }).map(scalar),
      target: scalar(f.helpers.arrayElement(words.TARGETS)),
      stance: scalar(f.helpers.arrayElement(['eager', 'supportive', 'unsure', 'opposed', 'hostile'])),
      body,
      quotes,
      followUp: f.number.float() < 0.4 ? { due: now + f.number.int({ min: 1, max: 21 }) * 86_400_000, what: 'Call back' } : null,
    }
  })
  await notebook.putRecords('notes', notes)
  report('notes', notes.length, notes.length)

  const leafletUrls: Record<string, Scalar> = {}
  for (let i = 0; i < options.leaflets; i++) {
    const campaign = campaigns[i % campaigns.length]!
    const leaflet: LeafletDoc = {
      schemaVersion: SCHEMA_VERSION,
      id: id(),
      title: scalar(`${campaign.name.val}: ${f.helpers.arrayElement(['Our demands', 'Meeting Sunday', 'Know your rights', 'We won repairs'])}`),
      campaignId: scalar(campaign.id),
      status: scalar(f.helpers.arrayElement(['draft', 'ready', 'printed', 'distributed'])),
      copiesDistributed: 0,
      body: f.helpers.arrayElements(words.QUOTES, 4).join('\n'),
      createdAt: now,
      updatedAt: now,
    }
    leafletUrls[leaflet.id] = scalar(notebook.repo.create(leaflet).url)
  }
  notebook.root.change((doc) => Object.assign(doc.leaflets, leafletUrls))
  await notebook.repo.flush()
  report('leaflets', options.leaflets, options.leaflets)
  return { contacts: contacts.length, notes: notes.length, places: places.length, campaigns: campaigns.length, leaflets: options.leaflets }
}
