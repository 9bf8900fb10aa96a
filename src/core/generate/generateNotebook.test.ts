import * as A from '@automerge/automerge'
import type { LeafletDoc } from '../../shared/leaflets/leaflet'
import { leafletUrls } from '../../shared/notebook/rootDoc'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildMatrix } from '../../shared/notes/matrix'
import type { NoteDoc } from '../../shared/notes/note'
import type { NoteRow } from '../../shared/notes/noteRow'
import { listTerms, termResolver } from '../../shared/notebook/terms'
import { readPlace, type PlaceDoc } from '../../shared/places/place'
import { Notebook } from '../notebook/Notebook'
import { listActions, listMeetings, listTasks } from '../mobilize/readMobilization'
import { listTeams } from '../../shared/teams/team'
import { generateNotebook } from './generateNotebook'
import { listCandidates } from '../../shared/campaigns/candidate'
import { readCampaigns } from '../campaigns/readCampaigns'
import { nodeKeyVault } from '../atRest/keyWrappings'

const keys = nodeKeyVault(await mkdtemp(join(tmpdir(), 'massline-keys-')), {})

const dirs: string[] = []
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

async function generated(seed: number, contacts = 300, notes = 400): Promise<{ notebook: Notebook; rows: NoteRow[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'massline-generate-'))
  dirs.push(dir)
  const notebook = await Notebook.create(join(dir, 'nb'), 'Generated', keys)
  await generateNotebook(notebook, { contacts, notes, leaflets: 1, seed })
  return { notebook, rows: await notebook.rows('notes') }
}

describe('generateNotebook', () => {
  it('writes conversations an organizer would: terms, a target, stance, place, people, rich body, quotes, knocks', async () => {
    const { notebook, rows } = await generated(3)
    const root = notebook.root.doc()
    // A leaflet made as the app makes one: both language fields are rich text from the start.
    const [leafletUrl] = leafletUrls(root)
    const leaflet = (await notebook.repo.find<LeafletDoc>(leafletUrl!)).doc()
    expect(leaflet.body).toMatch(/^\uFFFC/)
    expect(leaflet.bodyB).toBe('\uFFFC')
    expect(listTerms(root, 'problem')).toHaveLength(25)
    expect(listTerms(root, 'target')).toHaveLength(10)
    const problemIds = new Set(listTerms(root, 'problem').map((t) => t.id))
    const resolve = termResolver(root)
    for (const row of rows) {
      expect(row.problems.length).toBeGreaterThanOrEqual(1)
      expect(row.problems.length).toBeLessThanOrEqual(3)
      for (const p of row.problems) expect(problemIds.has(resolve(p))).toBe(true)
      expect(row.target).not.toBe('')
      expect(row.placeId && row.unit && row.contactIds.length && row.campaignIds.length).toBeTruthy()
      expect(row.quotes.length).toBeLessThanOrEqual(3)
      expect(new Set(row.quotes.map((q) => q.text)).size).toBe(row.quotes.length)
    }
    // Some notes still name the merged duplicate term, so the matrix has something to fold.
    expect(rows.some((r) => r.problems.some((p) => resolve(p) !== p))).toBe(true)
    const quotes = rows.flatMap((r) => r.quotes)
    expect(new Set(quotes.map((q) => q.use))).toEqual(new Set(['public', 'anonymous', 'private']))
    const objections = quotes.filter((q) => q.isObjection).length / quotes.length
    expect(objections).toBeGreaterThan(0.1)
    expect(objections).toBeLessThan(0.35)

    const speaker = rows[0]!.contactIds[0]!
    const contact = (await notebook.rows('contacts')).find((c) => c.id === speaker)
    expect(contact?.follow.lastReachedAt).toBeGreaterThanOrEqual(rows[0]!.date)

    const shard = await notebook.shardOf<NoteDoc>('notes', rows[0]!.id)
    const spans = A.spans(shard.doc(), ['records', rows[0]!.id, 'body'])
    expect(spans[0]?.type).toBe('block')

    // Mobilization: meetings everyone signed in to, tasks for most, actions with turnout, teams, and networks.
    const meetings = await listMeetings(notebook)
    expect(meetings.length).toBeGreaterThanOrEqual(2)
    expect(meetings.every((m) => m.signIns.length >= 8 && m.agenda.length === 5)).toBe(true)
    const tasks = await listTasks(notebook)
    expect(tasks.filter((t) => t.meetingId === meetings[0]!.id).length).toBeGreaterThan(meetings[0]!.signIns.length / 2)
    expect((await listActions(notebook)).some((a) => a.asks.some((x) => x.state === 'came'))).toBe(true)
    expect(listTeams(root).length).toBeGreaterThanOrEqual(2)
    expect((await notebook.rows('contacts')).filter((c) => c.recruitedBy).length).toBeGreaterThan(30)

    const places = await notebook.shard<PlaceDoc>('places', 0).then((h) => Object.values(h.doc().records))
    const knocks = places.flatMap((p) => readPlace(p).knocks)
    expect(knocks.length).toBeGreaterThan(places.length)
    expect(new Set(knocks.map((k) => k.outcome))).toContain('notHome')
    expect(new Set(knocks.map((k) => k.outcome))).toContain('conversation')

    // Campaign plans: people judged in their campaigns (some moving), the fights judged before them, sum-ups in rich text.
    const contactRows = await notebook.rows('contacts')
    expect(contactRows.filter((c) => Object.keys(c.levels).length).length).toBeGreaterThan(contactRows.length / 4)
    expect(contactRows.some((c) => c.levelLog.some((e, i) => c.levelLog.findIndex((x) => x.campaignId === e.campaignId) < i))).toBe(true)
    const candidates = listCandidates(root)
    expect(candidates.filter((c) => c.campaignId)).toHaveLength(4)
    expect(candidates.every((c) => new Set(c.judgements.map((j) => j.by)).size >= 2)).toBe(true)
    const [campaign] = await readCampaigns(notebook)
    expect(campaign!.plan.tides.length).toBeGreaterThanOrEqual(2)
    const sumUp = campaign!.plan.sumUps[0]!
    expect(campaign!.sumUpText[sumUp.id]).toMatch(/^Since \d{4}-\d\d-\d\d\nContacts gained: [\s\S]*What worked\n\S/)

    // A few problems dominate, as in a real investigation.
    const matrix = buildMatrix(rows, resolve)
    expect(matrix.problems[0]!.conversations).toBeGreaterThan(4 * matrix.problems.at(-1)!.conversations)
    await notebook.close()
  })

  it('gives the same notes for the same seed', async () => {
    const strip = (rows: NoteRow[]) => rows.map(({ updatedAt: _, ...r }) => r).sort((a, b) => a.id.localeCompare(b.id))
    const [a, b] = await Promise.all([generated(9, 60, 80), generated(9, 60, 80)])
    expect(strip(a.rows)).toEqual(strip(b.rows))
    await Promise.all([a.notebook.close(), b.notebook.close()])
  })
})
