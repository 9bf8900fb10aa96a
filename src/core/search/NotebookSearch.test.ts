import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { MessageChannel } from 'node:worker_threads'
import { Repo, type AutomergeUrl } from '@automerge/automerge-repo'
import { MessageChannelNetworkAdapter } from '@automerge/automerge-repo-network-messagechannel'
import { describe, expect, it, vi } from 'vitest'
import { newContactDoc, type ContactDoc } from '../../shared/contacts/contact'
import type { LeafletDoc } from '../../shared/leaflets/leaflet'
import type { NoteDoc } from '../../shared/notes/note'
import { shardUrlFor } from '../../shared/notebook/rootDoc'
import { scalar } from '../../shared/notebook/scalar'
import { SCHEMA_VERSION, type ShardDoc } from '../../shared/notebook/schema'
import { ensureTerm, renameTerm } from '../../shared/notebook/terms'
import { Notebook } from '../notebook/Notebook'
import { notebookPaths } from '../notebook/notebookFiles'
import { NotebookSearch } from './NotebookSearch'
import { nodeKeyVault } from '../atRest/keyWrappings'

const keys = nodeKeyVault(await mkdtemp(join(tmpdir(), 'massline-keys-')), {})

const DAY = 86_400_000
const body = (...paragraphs: string[]) => paragraphs.map((p) => `\uFFFC${p}`).join('')

function note(id: string, text: string, extra: Partial<NoteDoc> = {}): NoteDoc {
  return {
    id, createdAt: 1, updatedAt: 1, date: 10 * DAY, placeId: scalar('p-elm'), unit: scalar('3B'), contactIds: [], campaignIds: [scalar('c-rent')],
    problems: [], target: scalar(''), stance: scalar('unsure'), body: body(text), quotes: {}, followUp: null, ...extra,
  }
}

/** A small notebook: two conversations (one with a quote), a contact, a place, a campaign and a leaflet. */
async function seeded(): Promise<Notebook> {
  const nb = await Notebook.create(await mkdtemp(join(tmpdir(), 'massline-search-')), 'Search', keys)
  await nb.putRecords('notes', [
    note('n-heat', 'No heat since October in the whole stairwell', {
      quotes: { q1: { id: 'q1', text: 'We wear our coats inside', contactId: scalar('k-jose'), use: scalar('public'), attribution: 'José, 3B', isObjection: false } },
    }),
    note('n-mould', 'Mould in the bathroom, the super never came', { date: 40 * DAY, placeId: scalar('p-oak'), campaignIds: [scalar('c-wages')] }),
  ])
  await nb.putRecords('contacts', [newContactDoc('k-jose', { name: 'José Muñoz', phones: ['+12125550123'], tags: ['building committee'] }, 5)])
  await nb.putRecords('places', [{ id: 'p-elm', createdAt: 1, updatedAt: 1, kind: scalar('building'), name: scalar('Elm Towers'), address: scalar('12 Elm St'), units: [] }])
  await nb.putRecords('campaigns', [{ id: 'c-rent', createdAt: 1, updatedAt: 1, name: scalar('Rent strike'), target: scalar('Acme Realty'), tide: scalar('low'), demands: [scalar('Fix the boilers')], description: '' }])
  const leaflet: LeafletDoc = { schemaVersion: SCHEMA_VERSION, id: 'l-1', title: scalar('Meeting Sunday'), campaignId: scalar('c-rent'), status: scalar('draft'), copiesDistributed: 0, body: body('Come to the tenants meeting about the boilers'), createdAt: 1, updatedAt: 1 }
  const url = nb.repo.create(leaflet).url
  nb.root.change((doc) => (doc.leaflets['l-1'] = scalar(url)))
  return nb
}

const ids = async (search: NotebookSearch, query: string, filters = {}) => (await search.search({ query, ...filters })).hits.map((h) => `${h.kind}:${h.id}`)

async function reopen(nb: Notebook): Promise<{ nb: Notebook; search: NotebookSearch }> {
  await nb.close()
  const again = await Notebook.open(nb.dir, keys)
  return { nb: again, search: await NotebookSearch.open(again) }
}

describe('NotebookSearch', () => {
  it('finds every kind by its words as they are typed, accents folded, with the matched words marked', async () => {
    const nb = await seeded()
    const search = await NotebookSearch.open(nb)
    expect(await ids(search, 'octo')).toEqual(['note:n-heat'])
    expect(await ids(search, 'munoz')).toEqual(['contact:k-jose'])
    expect(await ids(search, '0123')).toEqual(['contact:k-jose'])
    expect(await ids(search, '212555')).toEqual(['contact:k-jose'])
    expect(await ids(search, 'elm tow')).toEqual(['place:p-elm'])
    expect(await ids(search, 'acme')).toEqual(['campaign:c-rent'])
    expect(await ids(search, 'boilers')).toEqual(expect.arrayContaining(['campaign:c-rent', 'leaflet:l-1']))
    expect(await ids(search, 'stariwell')).toEqual(['note:n-heat']) // a typo in a longer word is forgiven

    const [quote] = (await search.search({ query: 'coats' })).hits
    expect(quote).toMatchObject({ kind: 'quote', id: 'q1', noteId: 'n-heat', title: 'We wear our coats inside', highlights: { title: [[12, 17]] } })
    const [heat] = (await search.search({ query: 'heat' })).hits
    expect(heat!.title.slice(heat!.highlights.title[0]![0], heat!.highlights.title[0]![1])).toBe('heat')
    await search.close()
    await nb.close()
  })

  it('filters by kind, campaign, place and date range', async () => {
    const nb = await seeded()
    const search = await NotebookSearch.open(nb)
    expect(await ids(search, 'the', { kinds: ['note'] })).toEqual(expect.arrayContaining(['note:n-heat', 'note:n-mould']))
    expect(await ids(search, 'the', { kinds: ['note'], campaignId: 'c-wages' })).toEqual(['note:n-mould'])
    expect(await ids(search, 'the', { kinds: ['note'], placeId: 'p-elm' })).toEqual(['note:n-heat'])
    expect(await ids(search, 'the', { kinds: ['note'], from: 30 * DAY, to: 50 * DAY })).toEqual(['note:n-mould'])
    expect(await ids(search, 'coats', { campaignId: 'c-rent' })).toEqual(['quote:q1'])
    expect(await ids(search, '   ')).toEqual([])
    await search.close()
    await nb.close()
  })

  it('follows a local edit and a synced one from another device, record by record', async () => {
    const nb = await seeded()
    const search = await NotebookSearch.open(nb)
    await search.loadAll()
    const shard = await nb.shardOf<NoteDoc>('notes', 'n-heat')
    shard.change((doc) => (doc.records['n-heat']!.body = body('The radiators are cold')))
    expect(await ids(search, 'radiat')).toEqual(['note:n-heat'])
    expect(await ids(search, 'october')).toEqual([])

    const { port1, port2 } = new MessageChannel()
    nb.repo.networkSubsystem.addNetworkAdapter(new MessageChannelNetworkAdapter(port1 as never))
    const other = new Repo({ network: [new MessageChannelNetworkAdapter(port2 as never)], peerId: 'other-device' as never })
    const remote = await other.find<ShardDoc<NoteDoc>>(shardUrlFor(nb.root.doc(), 'notes', 'n-mould') as AutomergeUrl)
    remote.change((doc) => delete doc.records['n-mould'])
    const remoteLeaflet = await other.find<LeafletDoc>(nb.root.doc().leaflets['l-1']!.val as AutomergeUrl)
    remoteLeaflet.change((doc) => (doc.title = scalar('Speak-out Friday')))
    await vi.waitFor(async () => expect(await ids(search, 'mould')).toEqual([]))
    await vi.waitFor(async () => expect(await ids(search, 'speak')).toEqual(['leaflet:l-1']))
    await other.shutdown()
    await search.close()
    await nb.close()
  })

  it('loads the saved index on reopen and re-indexes only what changed while it was closed', async () => {
    const first = await seeded()
    const built = await NotebookSearch.open(first)
    expect(built.fromDisk).toBe(false)
    await built.loadAll()
    await built.close()

    let { nb, search } = await reopen(first)
    expect(search.fromDisk).toBe(true)
    expect(await ids(search, 'coats')).toEqual(['quote:q1']) // answered before any shard loads
    const put = vi.spyOn(search.index, 'putRecord')
    await search.loadAll()
    expect(put).not.toHaveBeenCalled()
    await search.close()

    // An edit made while search was not watching (another process, a sync at start).
    const shard = await nb.shardOf<NoteDoc>('notes', 'n-mould')
    shard.change((doc) => (doc.records['n-mould']!.body = body('Cockroaches everywhere')))
    ;({ nb, search } = await reopen(nb))
    const again = vi.spyOn(search.index, 'putRecord')
    await search.loadAll()
    expect(again.mock.calls.map((call) => call[1])).toEqual(['n-mould'])
    expect(await ids(search, 'cockroach')).toEqual(['note:n-mould'])
    await search.close()
    await nb.close()
  })

  it('ignores a damaged index file and rebuilds it', async () => {
    const nb = await seeded()
    const file = notebookPaths(nb.dir).index('search')
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, '{"format":2,"sources":{}, "index": {"broken')
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const search = await NotebookSearch.open(nb)
    expect(search.fromDisk).toBe(false)
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/Rebuilding the search index/))
    error.mockRestore()
    expect(await ids(search, 'octob')).toEqual(['note:n-heat'])
    await search.close()
    const { nb: again, search: reopened } = await reopen(nb)
    expect(reopened.fromDisk).toBe(true)
    await reopened.close()
    await again.close()
  })

  it('finds notes by their problem and target names, and by the new name after a rename', async () => {
    const nb = await seeded()
    let mouldId = ''
    nb.root.change((doc) => (mouldId = ensureTerm(doc, 'problem', 'Black mould')))
    const shard = await nb.shardOf<NoteDoc>('notes', 'n-heat')
    shard.change((doc) => (doc.records['n-heat']!.problems = [scalar(mouldId)]))
    const search = await NotebookSearch.open(nb)
    expect(await ids(search, 'black', { kinds: ['note'] })).toEqual(['note:n-heat'])
    nb.root.change((doc) => renameTerm(doc, mouldId, 'Damp walls'))
    expect(await ids(search, 'damp', { kinds: ['note'] })).toEqual(['note:n-heat'])
    expect(await ids(search, 'black', { kinds: ['note'] })).toEqual([])
    await search.close()
    await nb.close()
  })
  it('finds contacts by the digits of any of their phones, marked in the snippet, and follows a changed number', async () => {
    const nb = await seeded()
    await nb.putRecords('contacts', [newContactDoc('k-ana', { name: 'Ana Lima', phones: ['+1 (646) 555-0188', '+1 718 555 0999'] }, 5)])
    const search = await NotebookSearch.open(nb)
    expect(await ids(search, '0999')).toEqual(['contact:k-ana'])
    expect(await ids(search, '718 555')).toEqual(['contact:k-ana'])
    expect(await ids(search, '555')).toEqual(expect.arrayContaining(['contact:k-ana', 'contact:k-jose']))
    expect(await ids(search, '0999', { kinds: ['note'] })).toEqual([])
    const [ana] = (await search.search({ query: '5550999' })).hits
    expect(ana!.snippet).toBe('+1 (646) 555-0188 · +1 718 555 0999')
    expect(ana!.highlights.snippet.map(([s, e]) => ana!.snippet.slice(s, e))).toEqual(['555 0999'])

    await search.loadAll()
    const shard = await nb.shardOf<ContactDoc>('contacts', 'k-ana')
    shard.change((doc) => (doc.records['k-ana']!.phones = [scalar('+13475550444')]))
    expect(await ids(search, '0444')).toEqual(['contact:k-ana'])
    expect(await ids(search, '0999')).toEqual([])
    await search.close()
    await nb.close()
  })

  it('answers from names and titles at once on reopen, and from the full text once it has loaded', async () => {
    const first = await seeded()
    const built = await NotebookSearch.open(first)
    await built.loadAll()
    await built.close()

    const { nb, search } = await reopen(first)
    const early = await search.search({ query: 'coats' })
    expect(early).toMatchObject({ titlesOnly: true, hits: [{ kind: 'quote', id: 'q1', highlights: { title: [[12, 17]] } }] })
    expect(await search.search({ query: 'tenants' })).toEqual({ titlesOnly: true, hits: [] }) // only in the leaflet's text
    expect(await ids(search, '0123')).toEqual(['contact:k-jose'])
    await search.index.loadText()
    expect(await search.search({ query: 'tenants' })).toMatchObject({ titlesOnly: false, hits: [{ kind: 'leaflet', id: 'l-1' }] })
    // No shard is loaded yet: a contact's snippet comes from its list row.
    const [jose] = (await search.search({ query: 'committee' })).hits
    expect(jose).toMatchObject({ id: 'k-jose', snippet: '+12125550123 · building committee' })
    expect(jose!.highlights.snippet.map(([s, e]) => jose!.snippet.slice(s, e))).toEqual(['committee'])
    // …and a quote's from its note's row, though nothing has asked for the note list yet.
    expect((await search.search({ query: 'coats' })).hits[0]).toMatchObject({ id: 'q1', snippet: 'José, 3B' })
    await search.close()
    await nb.close()
  })

  it('rebuilds when the full-text file is damaged or does not belong with the titles', async () => {
    const nb = await seeded()
    const built = await NotebookSearch.open(nb)
    await built.loadAll()
    await built.close()
    const text = notebookPaths(nb.dir).index('search').replace(/\.json$/, '-text.json')
    const saved = JSON.parse((await nb.files.readText(text))!) as { generation: string }
    await nb.files.write(text, JSON.stringify({ ...saved, generation: 'another' }))

    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    let { nb: again, search } = await reopen(nb)
    await search.index.loadText()
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/Rebuilding the search index.*does not match/))
    expect(await ids(search, 'tenants')).toEqual(['leaflet:l-1'])
    await search.close()
    error.mockClear()
    ;({ nb: again, search } = await reopen(again))
    await search.index.loadText()
    expect(error).not.toHaveBeenCalled()
    error.mockRestore()
    expect(await ids(search, 'tenants')).toEqual(['leaflet:l-1'])
    await search.close()
    await again.close()
  })
})
