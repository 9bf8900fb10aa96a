import { cp, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MessageChannel } from 'node:worker_threads'
import * as A from '@automerge/automerge'
import { MessageChannelNetworkAdapter } from '@automerge/automerge-repo-network-messagechannel'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { newContactDoc, type ContactDoc } from '../../shared/contacts/contact'
import { str } from '../../shared/notebook/scalar'
import { addQuote, putNewNote, type NoteShard } from '../../shared/notes/noteMutations'
import { listPurges } from '../../shared/purge/purgeLog'
import { storeFindings } from '../../../test/support/decryptedStore'
import { nodeKeyVault } from '../atRest/keyWrappings'
import { Notebook } from '../notebook/Notebook'
import { purgeFromHistory } from './purgeFromHistory'
import { pendingPurgeNotices } from './purgeNotices'

const MARIA = { id: 'contact-maria-0001', name: 'Maria Quintanilla', phone: '+15557654321' }
const ROSA = 'contact-rosa-0002'
const home = await mkdtemp(join(tmpdir(), 'massline-carry-'))
const keys = nodeKeyVault(home)
const open: Notebook[] = []
afterAll(async () => {
  await Promise.all(open.map((n) => n.close()))
})

async function seed(notebook: Notebook): Promise<void> {
  await notebook.putRecords('contacts', [
    newContactDoc(MARIA.id, { name: MARIA.name, phones: [MARIA.phone] }, Date.now()),
    newContactDoc(ROSA, { name: 'Rosa Flores', knows: [MARIA.id], notes: `Cousin of ${MARIA.name}` }, Date.now()),
  ])
  const notes = await notebook.shardOf<never>('notes', 'note-0001')
  notes.change((doc) => {
    const shard = doc as unknown as NoteShard
    putNewNote(shard, 'note-0001', { contactIds: [MARIA.id, ROSA] }, Date.now())
    A.splice(shard as A.Doc<unknown>, ['records', 'note-0001', 'body'], 1, 0, `Talked to ${MARIA.name} and Rosa about the heat.`)
    addQuote(shard, 'note-0001', 'quote-0001', { text: 'about the heat', contactId: MARIA.id, use: 'public' }, Date.now())
  })
  await notebook.flush()
}

/** A contact id that lands in the same shard as `near` (so it lives in a document the purge replaces). */
function idInShardOf(notebook: Notebook, near: string, prefix: string): string {
  for (let i = 0; ; i++) if (notebook.shardIndex('contacts', `${prefix}-${i}`) === notebook.shardIndex('contacts', near)) return `${prefix}-${i}`
}

const contact = async (notebook: Notebook, id: string) => (await notebook.shardOf<ContactDoc>('contacts', id)).doc()?.records[id]
const noteBody = async (notebook: Notebook) => String((await notebook.shardOf<never>('notes', 'note-0001')).doc()?.['records']?.['note-0001']?.['body'] ?? '')

describe('a member who edited while a comrade purged', () => {
  it('gets their edits carried onto the new documents, without the purged person, and is told', async () => {
    const aliceDir = join(home, 'alice')
    const alice0 = await Notebook.create(aliceDir, 'Tenant union', keys)
    await seed(alice0)
    await alice0.close()
    // Carol's device holds the same notebook (synced before she went away).
    const carolDir = join(home, 'carol')
    await cp(aliceDir, carolDir, { recursive: true })
    const alice = await Notebook.open(aliceDir, keys)
    const carol = await Notebook.open(carolDir, keys)
    open.push(alice, carol)

    // Away, Carol edits documents the purge is about to replace.
    const jun = idInShardOf(carol, ROSA, 'contact-jun')
    ;(await carol.shardOf<ContactDoc>('contacts', ROSA)).change((doc) => {
      A.splice(doc as A.Doc<unknown>, ['records', ROSA, 'notes'], String(doc.records[ROSA]!.notes).length, 0, `; moved to 4B, tell ${MARIA.name}`)
    })
    ;(await carol.shardOf<ContactDoc>('contacts', MARIA.id)).change((doc) => {
      doc.records[MARIA.id]!.notes = 'Prefers Spanish'
    })
    await carol.putRecords('contacts', [newContactDoc(jun, { name: 'Jun Park', notes: 'Met at the rally' }, Date.now())])
    ;(await carol.shardOf<never>('notes', 'note-0001')).change((doc) => {
      A.splice(doc as A.Doc<unknown>, ['records', 'note-0001', 'body'], 1, 0, 'Door 4B. ')
    })
    await carol.flush()

    // Meanwhile Alice purges Maria.
    await purgeFromHistory(alice, { kind: 'contact', id: MARIA.id })
    // ...and goes on writing in the new copy: both edits are kept.
    ;(await alice.shardOf<ContactDoc>('contacts', ROSA)).change((doc) => A.splice(doc as A.Doc<unknown>, ['records', ROSA, 'notes'], 0, 0, 'Aunt. '))

    // Carol comes back.
    const { port1, port2 } = new MessageChannel()
    alice.repo.networkSubsystem.addNetworkAdapter(new MessageChannelNetworkAdapter(port1 as never))
    carol.repo.networkSubsystem.addNetworkAdapter(new MessageChannelNetworkAdapter(port2 as never))
    await vi.waitFor(() => expect(listPurges(carol.root.doc())).toHaveLength(1), { timeout: 20_000 })
    await carol.retirements()

    for (const notebook of [carol, alice]) {
      await vi.waitFor(async () => expect(str((await contact(notebook, ROSA))?.notes)).toBe('Aunt. Cousin of [removed]; moved to 4B, tell [removed]'), { timeout: 20_000 })
      expect(str((await contact(notebook, jun))?.name)).toBe('Jun Park')
      await vi.waitFor(async () => expect(await noteBody(notebook)).toContain('Door 4B. Talked to [removed] and Rosa'), { timeout: 20_000 })
      expect(await contact(notebook, MARIA.id)).toBeUndefined()
    }
    expect(await pendingPurgeNotices(carol)).toMatchObject([{ kind: 'contact', carried: 3, dropped: 1 }])
    await carol.flush()
    expect(await storeFindings(carolDir, (await keys.load(carol.id))!, [MARIA.name, MARIA.phone, 'Prefers Spanish'])).toEqual([])
  }, 60_000)
})
