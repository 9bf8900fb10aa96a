import type { DocHandle } from '@automerge/automerge-repo'
import { readContact, type ContactDoc } from '../../shared/contacts/contact'
import { duplicateGroups, findDuplicates, type DuplicatePair } from '../../shared/contacts/duplicates'
import { copy, foldInto, markMerged, noteFolded, resolveMerged } from '../../shared/contacts/merge'
import { ASK_KEY } from '../../shared/actions/action'
import { SIGN_IN_KEY, type MeetingDoc } from '../../shared/meetings/meeting'
import { listTeams, redirectTeams } from '../../shared/teams/team'
import type { NoteDoc } from '../../shared/notes/note'
import { scalar, str, strs, type Scalar } from '../../shared/notebook/scalar'
import type { BaseRecord, RecordKind, ShardDoc } from '../../shared/notebook/schema'
import type { TaskDoc } from '../../shared/tasks/task'
import type { Notebook } from '../notebook/Notebook'
import { rewriteRecords } from '../notebook/rewriteRecords'
import { allContactDocs } from './readAll'

/** Likely duplicates among the live contacts, as pairs and as groups of one person. */
export async function scanDuplicates(notebook: Notebook): Promise<{ pairs: DuplicatePair[]; groups: string[][] }> {
  const live = (await allContactDocs(notebook)).filter((doc) => !doc.mergedInto).map(readContact)
  const pairs = findDuplicates(live.map(({ id, name, phones, email, placeId }) => ({ id, name, phones, email, placeId })))
  return { pairs, groups: duplicateGroups(pairs) }
}

const replaceIn = (list: Scalar[] | undefined, from: Set<string>, to: string): Scalar[] | undefined => {
  if (!list || !strs(list).some((id) => from.has(id))) return undefined
  return [...new Set(strs(list).map((id) => (from.has(id) ? to : id)))].map(scalar)
}

/** Sign-ins (`signin:<contact>`) and call-list entries (`ask:<contact>`) on meetings and actions are keyed by the person. */
const PERSON_KEYS = [SIGN_IN_KEY, ASK_KEY]
const isPersonKey = (key: string) => PERSON_KEYS.some((prefix) => key.startsWith(prefix))
const personOf = (key: string) => key.slice(key.indexOf(':') + 1)

/** Moves each entry of a merged-away person to the survivor's key; where the survivor has one already, theirs stays. */
function movePersonKeys(record: object, from: Set<string>, to: string): void {
  const doc = record as Record<string, unknown>
  for (const key of Object.keys(doc)) {
    if (!isPersonKey(key) || !from.has(personOf(key))) continue
    const target = `${key.slice(0, key.indexOf(':') + 1)}${to}`
    if (!(target in doc)) doc[target] = copy(doc[key])
    delete doc[key]
  }
}

const mentionsAny = (ids: Scalar[] | undefined, from: Set<string>) => strs(ids).some((id) => from.has(id))

/** Points every reference to a merged-away contact at the survivor: notes, quotes, sign-ins, call lists, tasks, teams, relationships. */
async function redirectReferences(notebook: Notebook, from: Set<string>, to: string, now: number): Promise<void> {
  const rewrite = <R extends BaseRecord>(kind: RecordKind, mentions: (record: R) => boolean, fix: (record: R) => void) => rewriteRecords(notebook, kind, mentions, fix, now)
  const quoted = (note: NoteDoc) => Object.values(note.quotes ?? {}).filter((q) => from.has(str(q.contactId)))
  await rewrite<NoteDoc>(
    'notes',
    (note) => mentionsAny(note.contactIds, from) || quoted(note).length > 0,
    (note) => {
      note.contactIds = replaceIn(note.contactIds, from, to) ?? note.contactIds
      for (const quote of quoted(note)) quote.contactId = scalar(to)
    },
  )
  await rewrite<MeetingDoc>('meetings', (m) => Object.keys(m).some((key) => isPersonKey(key) && from.has(personOf(key))), (m) => movePersonKeys(m, from, to))
  await rewrite<TaskDoc>('tasks', (t) => from.has(str(t.contactId)), (t) => void (t.contactId = scalar(to)))
  if (listTeams(notebook.root.doc()).some((t) => from.has(t.lead) || t.members.some((m) => from.has(m)))) notebook.root.change((root) => redirectTeams(root, from, to))
  await rewrite<ContactDoc>(
    'contacts',
    (c) => from.has(str(c.recruitedBy)) || mentionsAny(c.knows, from) || mentionsAny(c.family, from),
    (c) => {
      if (from.has(str(c.recruitedBy))) c.recruitedBy = scalar(to)
      for (const field of ['knows', 'family'] as const) {
        const ids = replaceIn(c[field], from, to)
        if (ids) c[field] = ids.filter((id) => str(id) !== c.id)
      }
    },
  )
}

async function contactHandle(notebook: Notebook, id: string): Promise<DocHandle<ShardDoc<ContactDoc>>> {
  const handle = await notebook.shardOf<ContactDoc>('contacts', id)
  if (!handle.doc().records[id]) throw new Error(`No contact ${id} in this notebook`)
  return handle
}

/**
 * Merges contacts into one survivor: fields, interactions and levels are folded in, each
 * merged-away record keeps a redirect, and every reference to it is pointed at the survivor.
 */
export async function mergeContacts(notebook: Notebook, keepId: string, mergeIds: string[], now = Date.now()): Promise<string> {
  // Merging into a record that was itself merged away (on another device, say) means its survivor.
  const into = new Map<string, string>()
  for (let id = keepId; !into.has(id); ) {
    const next = str((await contactHandle(notebook, id)).doc().records[id]!.mergedInto)
    into.set(id, next)
    if (!next) break
    id = next
  }
  keepId = resolveMerged(keepId, (id) => into.get(id) ?? '')
  const others = [...new Set(mergeIds)].filter((id) => id !== keepId)
  if (!others.length) throw new Error('Choose at least one other contact to merge')
  const keep = await contactHandle(notebook, keepId)
  for (const id of others) {
    const old = await contactHandle(notebook, id)
    const source = structuredClone(old.doc().records[id]!)
    keep.change((doc) => void foldInto(doc.records[keepId]!, source, now))
    old.change((doc) => markMerged(doc.records[id]!, keepId, now))
    await notebook.flush([keep.documentId, old.documentId])
  }
  await redirectReferences(notebook, new Set(others), keepId, now)
  return keepId
}

/**
 * Carries forward edits that reached a merged-away record after the merge (from a device
 * that had not seen it), and settles opposite merges of one pair on a single survivor.
 * Returns whether anything was written; running it again writes nothing.
 */
export async function foldLateEdits(notebook: Notebook, id: string, now = Date.now()): Promise<boolean> {
  const old = await contactHandle(notebook, id)
  const record = old.doc().records[id]!
  if (!record.mergedInto) return false
  const mergedInto = async (x: string) => str((await contactHandle(notebook, x)).doc().records[x]!.mergedInto)
  const chain = new Map<string, string>()
  for (let x = id; !chain.has(x); ) {
    const next = await mergedInto(x)
    chain.set(x, next)
    if (!next) break
    x = next
  }
  const survivor = resolveMerged(id, (x) => chain.get(x) ?? '')
  if (survivor === id) {
    // Two devices merged this pair both ways: this record is the one that stays, and the others fold into it.
    old.change((doc) => delete doc.records[id]!.mergedInto)
    for (const other of chain.keys()) if (other !== id) await foldLateEdits(notebook, other, now)
    return true
  }
  const keep = await contactHandle(notebook, survivor)
  const source = structuredClone(record)
  let changed = false
  keep.change((doc) => (changed = foldInto(doc.records[survivor]!, source, now)))
  if (changed) old.change((doc) => noteFolded(doc.records[id]!))
  if (str(record.mergedInto) !== survivor) old.change((doc) => markMerged(doc.records[id]!, survivor, now))
  if (changed) await redirectReferences(notebook, new Set([id]), survivor, now)
  return changed
}
