import type { DocHandle } from '@automerge/automerge-repo'
import { newId } from '../../shared/ids'
import { str, strs } from '../../shared/notebook/scalar'
import type { ShardDoc } from '../../shared/notebook/schema'
import { ensureTerm, type TermKind } from '../../shared/notebook/terms'
import { conversationKind, logConversation, unlogConversation } from '../../shared/notes/conversationLog'
import { putNewNote, type NoteStart, type StoredNote } from '../../shared/notes/noteMutations'
import { noteRow } from '../../shared/notes/noteRow'
import { createContact, editContacts } from '../contacts/contactActions'
import type { NotebookSession } from '../session/NotebookSession'

export type NoteHandle = DocHandle<ShardDoc<StoredNote>>
export type NoteEdit = (mutate: (shard: ShardDoc<StoredNote>, now: number) => void) => void

/** Creates a note and shows it in lists at once (the core's index sends the same row back). */
export async function createNote(session: NotebookSession, start: NoteStart, id = newId()): Promise<string> {
  const handle = await session.shardOf<StoredNote>('notes', id)
  session.change(handle, (shard) => putNewNote(shard, id, start, Date.now()))
  session.notes.apply([noteRow(handle.doc().records[id]!)], [])
  if (start.contactIds?.length) await syncConversationLogs(session, handle, id, [])
  return id
}

/** A note nobody typed anything into (fast entry removes these instead of leaving blanks behind). */
export function isBlank(note: StoredNote): boolean {
  return !note.contactIds?.length && !note.problems?.length && !str(note.target) && !note.followUp && !Object.keys(note.quotes ?? {}).length && !note.body.replace(/[\uFFFC\s]/g, '')
}

export function deleteNote(session: NotebookSession, handle: NoteHandle, id: string): void {
  session.change(handle, (shard) => void delete shard.records[id])
  session.notes.apply([], [id])
}

/**
 * Keeps each person's log in step with the note: one conversation entry per person (with the
 * follow-up promised), removed from anyone taken off the note (everyone, once it is deleted).
 */
export async function syncConversationLogs(session: NotebookSession, handle: NoteHandle, id: string, before: readonly string[]): Promise<void> {
  const note = handle.doc().records[id]
  const people = strs(note?.contactIds).filter((c) => session.contacts.byId(c))
  if (note) {
    const facts = { noteId: id, kind: conversationKind(note), date: note.date ?? note.createdAt, campaignId: str(note.campaignIds?.[0]), followUp: note.followUp ? { due: note.followUp.due, what: note.followUp.what } : null }
    await editContacts(session, people, (shard, contactId, now) => logConversation(shard, contactId, facts, now))
  }
  const gone = before.filter((c) => !people.includes(c) && session.contacts.byId(c))
  if (gone.length) await editContacts(session, gone, (shard, contactId, now) => unlogConversation(shard, contactId, id, now))
}

/** A new contact from a name and a phone (either may be empty, not both). */
export async function addContact(session: NotebookSession, name: string, phone: string): Promise<string> {
  if (!name.trim() && !phone.trim()) throw new Error('Type a name or a phone number')
  return createContact(session, { name, phones: phone.trim() ? [phone.trim()] : [] })
}

/** Finds a problem or target by name, or adds it to the notebook's vocabulary. */
export async function ensureTermNamed(session: NotebookSession, kind: TermKind, name: string): Promise<string> {
  const root = await session.root()
  let id = ''
  session.change(root, (doc) => (id = ensureTerm(doc, kind, name)))
  return id
}
