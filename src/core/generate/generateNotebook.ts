import { base, en, es_MX, Faker, fr, vi, zh_CN, ar } from '@faker-js/faker'
import * as A from '@automerge/automerge'
import { newContactDoc, type ContactDoc } from '../../shared/contacts/contact'
import type { CampaignDoc } from '../../shared/campaigns/campaign'
import { newLeafletDoc, type LeafletDoc } from '../../shared/leaflets/leaflet'
import { conversationKind, logConversation } from '../../shared/notes/conversationLog'
import type { NoteDoc } from '../../shared/notes/note'
import type { PlaceDoc } from '../../shared/places/place'
import { scalar, str, type Scalar } from '../../shared/notebook/scalar'
import type { ShardDoc } from '../../shared/notebook/schema'
import type { Notebook } from '../notebook/Notebook'
import type { MeetingDoc } from '../../shared/meetings/meeting'
import { teamKey, type TeamDoc } from '../../shared/teams/team'
import { generateKnocks } from './knocks'
import { planMobilization } from './mobilization'
import { planCampaigns } from './campaignPlans'
import { candidateKey } from '../../shared/campaigns/candidate'
import { generateNote, type GeneratedPlace } from './notes'
import { writeRichBody, type Block } from '../../shared/richtext/writeRichBody'
import { initRichText } from '../../shared/richtext/commands'
import { generateTerms, pickWeighted } from './terms'
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
  meetings: number
  actions: number
  tasks: number
  teams: number
  candidates: number
}

const LOCALES = [[en, base], [es_MX, en, base], [vi, en, base], [zh_CN, en, base], [ar, en, base], [fr, en, base]]
const DAY = 86_400_000

/**
 * Fills a notebook with a realistic, seeded investigation: buildings and workplaces with their
 * canvass history, campaigns with their plans (the fights judged before them, tides, tactics,
 * sum-ups), contacts and their levels, problem and target terms, conversations with quotes,
 * and leaflets. The same seed gives the same records.
 */
export async function generateNotebook(notebook: Notebook, options: GenerateOptions): Promise<GenerateSummary> {
  const fakers = LOCALES.map((locale) => new Faker({ locale }))
  fakers.forEach((f, i) => f.seed((options.seed ?? 1) * 97 + i))
  const f = fakers[0]!
  const now = Date.UTC(2026, 10, 1)
  const id = () => f.string.uuid()
  const report = options.onProgress ?? (() => {})

  const terms = generateTerms(f, now)
  notebook.root.change((root) => {
    // Run again (finishing an interrupted run), the same seed finds what is already there.
    for (const term of terms.docs) root[`term:${term.id}`] ??= term
  })

  const places: GeneratedPlace[] = Array.from({ length: Math.max(1, Math.ceil(options.contacts / 60)) }, (_, i) => {
    const sector = i % 7 === 6 ? 'work' : 'housing'
    const doc: PlaceDoc = {
      id: id(),
      createdAt: now - 150 * DAY,
      updatedAt: now,
      kind: scalar(sector === 'work' ? 'workplace' : 'building'),
      name: scalar(`${words.STREETS[i % words.STREETS.length]} ${Math.floor(i / words.STREETS.length) + 1}`),
      address: scalar(f.location.streetAddress()),
      units: sector === 'work' ? ['Loading', 'Picking', 'Packing', 'Night shift'].map(scalar) : Array.from({ length: 6 }, (_, floor) => ['A', 'B', 'C', 'D'].map((u) => scalar(`${floor + 1}${u}`))).flat(),
    }
    Object.assign(doc, generateKnocks(f, doc, now - 120 * DAY, now))
    return { doc, sector, mainTarget: pickWeighted(f, terms.targets, sector).id, contacts: [] }
  })
  const campaigns = words.CAMPAIGNS.map((c) => {
    const doc: CampaignDoc = { id: id(), createdAt: now - 100 * DAY, updatedAt: now, name: scalar(c.name), target: scalar(c.target), tide: scalar('low'), demands: c.demands.map(scalar), description: '' }
    return { doc, sector: c.sector, targetId: terms.targets.find((t) => t.word.name === c.target)!.id }
  })

  const contacts: ContactDoc[] = Array.from({ length: options.contacts }, (_, i) => {
    const local = fakers[i % fakers.length]!
    const place = f.helpers.arrayElement(places)
    const hasPhone = f.number.float() < 0.9
    const contact = newContactDoc(
      id(),
      {
        name: f.number.float() < 0.97 ? local.person.fullName() : '',
        phones: hasPhone || i % 50 === 0 ? [`+1${f.helpers.arrayElement(['212', '718', '347', '917'])}555${String(1000 + (i % 9000)).padStart(4, '0')}`] : [],
        email: f.number.float() < 0.4 ? f.internet.email().toLowerCase() : '',
        languages: f.helpers.arrayElements(words.LANGUAGES, { min: 1, max: 2 }),
        tags: f.helpers.arrayElements(['tenant', 'worker', 'building committee', 'phone tree', 'reservoir'], { min: 0, max: 2 }),
        placeId: place.doc.id,
        unit: f.helpers.arrayElement(place.doc.units).val,
        howMet: f.helpers.arrayElement(words.HOW_MET),
        owner: f.helpers.arrayElement(words.COMRADES),
        notes: f.number.float() < 0.3 ? f.helpers.arrayElements(words.NOTE_SENTENCES, 2).join(' ') : '',
      },
      now - f.number.int({ min: 0, max: 180 }) * DAY,
    )
    place.contacts.push(contact)
    return contact
  })
  const notes = contacts.length ? Array.from({ length: options.notes }, () => generateNote({ f, now, terms, places, campaigns })) : []
  logConversations(contacts, notes.map((n) => n.note), now)
  const mobilization = planMobilization(contacts, campaigns.map((c) => c.doc), places.map((p) => p.doc), now, options.seed ?? 1)
  const plans = planCampaigns({ campaigns, contacts, notes: notes.map((n) => n.note), gatherings: [...mobilization.meetings, ...mobilization.actions], tasks: mobilization.tasks, now, seed: options.seed ?? 1 })

  report('contacts', 0, contacts.length)
  await notebook.putRecords('places', places.map((p) => p.doc))
  await notebook.putRecords('campaigns', campaigns.map((c) => c.doc), undefined, (doc, campaign) => {
    for (const [sumUpId, blocks] of plans.sumUpBodies.get(campaign.id) ?? []) writeRichBody(doc as A.Doc<unknown>, ['records', campaign.id, `sumup:${sumUpId}`, 'body'], blocks)
  })
  notebook.root.change((root) => {
    for (const candidate of plans.candidates) root[candidateKey(candidate.id)] ??= candidate
  })
  await notebook.putRecords('contacts', contacts)
  report('contacts', contacts.length, contacts.length)
  const bodies = new Map(notes.map((n) => [n.note.id, n.blocks]))
  await notebook.putRecords('notes', notes.map((n) => n.note), undefined, (doc, note) => writeRichBody(doc as A.Doc<unknown>, ['records', note.id, 'body'], bodies.get(note.id)!))
  report('notes', notes.length, notes.length)
  await notebook.putRecords('meetings', [...mobilization.meetings, ...mobilization.actions] as MeetingDoc[])
  await notebook.putRecords('tasks', mobilization.tasks)
  notebook.root.change((root) => {
    for (const team of mobilization.teams) (root as unknown as Record<string, TeamDoc>)[teamKey(team.id)] = team
  })

  const leafletUrls: Record<string, Scalar> = {}
  for (let i = 0; i < options.leaflets; i++) {
    const campaign = campaigns[i % campaigns.length]!.doc
    const title = `${str(campaign.name)}: ${f.helpers.arrayElement(['Our demands', 'Meeting Sunday', 'Know your rights', 'We won repairs'])}`
    const quotes = f.helpers.arrayElements(words.PROBLEMS.flatMap((p) => p.quotes), 3)
    const leaflet: LeafletDoc = { ...newLeafletDoc(id(), { title, campaignId: campaign.id }, now), status: scalar(f.helpers.arrayElement(['draft', 'ready', 'printed', 'distributed'])) }
    if (notebook.root.doc().leaflets[leaflet.id]) continue
    const handle = notebook.repo.create(leaflet)
    const blocks: Block[] = [{ spec: { kind: 'heading', level: 1 }, text: title }, ...quotes.map((text) => ({ spec: { kind: 'blockquote' } as const, text })), ...campaign.demands.map((d) => ({ spec: { kind: 'bullet' } as const, text: str(d) }))]
    handle.change((doc) => {
      writeRichBody(doc as A.Doc<unknown>, ['body'], blocks)
      initRichText(doc as A.Doc<unknown>, ['bodyB'])
    })
    leafletUrls[leaflet.id] = scalar(handle.url)
  }
  if (Object.keys(leafletUrls).length) notebook.root.change((doc) => Object.assign(doc.leaflets, leafletUrls))
  await notebook.flush()
  report('leaflets', options.leaflets, options.leaflets)
  const { meetings, actions, tasks, teams } = mobilization
  return { contacts: contacts.length, notes: notes.length, places: places.length, campaigns: campaigns.length, leaflets: options.leaflets, meetings: meetings.length, actions: actions.length, tasks: tasks.length, teams: teams.length, candidates: plans.candidates.length }
}

/** Each conversation goes in the log of everyone in it, as the notes page does, so follow-ups reach Today. */
function logConversations(contacts: ContactDoc[], notes: NoteDoc[], now: number): void {
  const asShard = { records: Object.fromEntries(contacts.map((c) => [c.id, c])) } as ShardDoc<ContactDoc>
  for (const note of notes) {
    const facts = { noteId: note.id, kind: conversationKind(note), date: note.date, campaignId: str(note.campaignIds[0]), followUp: note.followUp }
    for (const contactId of note.contactIds) logConversation(asShard, str(contactId), facts, now)
  }
}
