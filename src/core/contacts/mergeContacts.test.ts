import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newContactDoc, readContact, type ContactDoc } from '../../shared/contacts/contact'
import { logInteraction, setContactScalar } from '../../shared/contacts/contactMutations'
import { readMeeting, type MeetingDoc } from '../../shared/meetings/meeting'
import { readAction, type ActionDoc } from '../../shared/actions/action'
import { newActionDoc } from '../../shared/actions/actionMutations'
import { listTeams, putTeam } from '../../shared/teams/team'
import type { NoteDoc } from '../../shared/notes/note'
import { scalar, str, strs } from '../../shared/notebook/scalar'
import type { TaskDoc } from '../../shared/tasks/task'
import { Notebook } from '../notebook/Notebook'
import { foldLateEdits, mergeContacts, scanDuplicates } from './mergeContacts'
import { watchMerges } from './watchMerges'
import { nodeKeyVault } from '../atRest/keyWrappings'

const keys = nodeKeyVault(await mkdtemp(join(tmpdir(), 'massline-keys-')), {})

let nb: Notebook
const contact = async (id: string) => readContact((await nb.shardOf<ContactDoc>('contacts', id)).doc().records[id]!)
const record = async <R extends { id: string }>(kind: 'notes' | 'meetings' | 'tasks', id: string) => (await nb.shardOf(kind, id)).doc().records[id] as unknown as R

beforeAll(async () => {
  nb = await Notebook.create(await mkdtemp(join(tmpdir(), 'massline-merge-')), 'Merge', keys)
  await nb.putRecords('contacts', [
    newContactDoc('keep', { name: 'Rosa Díaz', phones: ['+12125550101'], placeId: 'p1' }, 10),
    newContactDoc('dupe', { name: 'Rosa Dias', phones: ['+12125550101'], email: 'rosa@example.org', placeId: 'p1' }, 5),
    newContactDoc('friend', { name: 'Ana', recruitedBy: 'dupe', knows: ['dupe', 'keep'] }, 5),
    newContactDoc('other', { name: 'Marcus Lee', phones: ['+12125550999'] }, 5),
  ])
  const rec = { createdAt: 1, updatedAt: 1 }
  await nb.putRecords('notes', [{ id: 'n1', ...rec, contactIds: [scalar('dupe')], quotes: { q1: { id: 'q1', text: 'We pay for mold', contactId: scalar('dupe'), use: scalar('public'), attribution: '', isObjection: false } } } as unknown as NoteDoc])
  await nb.putRecords('meetings', [
    { id: 'm1', ...rec, date: 1, 'signin:dupe': { at: 3, firstTime: true }, 'signin:keep': { at: 2 } } as unknown as MeetingDoc,
    { id: 'm2', ...rec, date: 1, 'signin:dupe': { at: 3, apparel: true } } as unknown as MeetingDoc,
    { ...newActionDoc('a1', { title: 'Delegation', kind: 'delegation', date: 1 }, 1), 'ask:dupe': { state: scalar('committed'), at: 4 } } as unknown as MeetingDoc,
  ])
  await nb.putRecords('tasks', [{ id: 't1', ...rec, title: scalar('Flyer the lobby'), contactId: scalar('dupe') } as unknown as TaskDoc])
  nb.root.change((root) => void putTeam(root, { name: 'Lobby team', kind: 'distribution', lead: 'dupe', members: ['dupe', 'friend'] }, 1, 'team1'))
})
afterAll(() => nb.close())

describe('merging contacts in a notebook', () => {
  it('finds the pair by phone and name in the same building', async () => {
    const { pairs, groups } = await scanDuplicates(nb)
    expect(pairs[0]).toMatchObject({ a: 'dupe', b: 'keep' })
    expect(pairs[0]!.reasons).toEqual(['same phone', 'similar name in the same place'])
    expect(groups).toEqual([['dupe', 'keep']])
  })

  it('merges into one and points notes, quotes, sign-ins, call lists, tasks, teams and relationships at the survivor', async () => {
    await mergeContacts(nb, 'keep', ['dupe'])
    expect(await contact('keep')).toMatchObject({ name: 'Rosa Díaz', email: 'rosa@example.org', createdAt: 5 })
    expect((await contact('dupe')).mergedInto).toBe('keep')
    const note = await record<NoteDoc>('notes', 'n1')
    expect(strs(note.contactIds)).toEqual(['keep'])
    expect(str(note.quotes.q1!.contactId)).toBe('keep')
    // The survivor's own sign-in stays where both signed in; elsewhere the merged-away one moves over.
    expect(readMeeting(await record<MeetingDoc>('meetings', 'm1')).signIns).toEqual([{ contactId: 'keep', at: 2, firstTime: false, apparel: false, contributed: false }])
    expect(readMeeting(await record<MeetingDoc>('meetings', 'm2')).signIns).toEqual([{ contactId: 'keep', at: 3, firstTime: false, apparel: true, contributed: false }])
    expect(readAction(await record<ActionDoc>('meetings', 'a1')).asks).toMatchObject([{ contactId: 'keep', state: 'committed' }])
    expect(str((await record<TaskDoc>('tasks', 't1')).contactId)).toBe('keep')
    expect(listTeams(nb.root.doc())[0]).toMatchObject({ lead: 'keep', members: ['keep', 'friend'] })
    expect(await contact('friend')).toMatchObject({ recruitedBy: 'keep', knows: ['keep'] })
    expect((await scanDuplicates(nb)).pairs).toEqual([])
  })

  it('folds an edit that reaches the merged-away record later, once', async () => {
    const stop = watchMerges(nb)
    const shard = await nb.shardOf<ContactDoc>('contacts', 'dupe')
    shard.change((d) => {
      logInteraction(d, 'dupe', { kind: 'call', at: 50, outcome: 'reached', note: 'Will bring two neighbours' }, 50, 'late')
      setContactScalar(d, 'dupe', 'email', 'rosa.new@example.org', 50)
    })
    await expect.poll(async () => (await contact('keep')).interactions.map((i) => i.id), { timeout: 5000 }).toEqual(['late'])
    expect((await contact('keep')).email).toBe('rosa.new@example.org')
    stop()
    expect(await foldLateEdits(nb, 'dupe')).toBe(false)
  })

  it('merges into the survivor when asked to merge into a record already merged away', async () => {
    await nb.putRecords('contacts', [newContactDoc('late', { name: 'Rosa D.', email: 'rd@example.org' }, 60)])
    expect(await mergeContacts(nb, 'dupe', ['late'])).toBe('keep')
    expect((await contact('late')).mergedInto).toBe('keep')
  })

  it('refuses a merge with nobody to merge', async () => {
    await expect(mergeContacts(nb, 'other', ['other'])).rejects.toThrow(/at least one other/)
  })
})
