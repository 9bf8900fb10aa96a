import type { ContactDoc } from '../contacts/contact'
import { recordIn } from '../notebook/recordIn'
import { LOG_KEY, newInteractionDoc, type LogKey } from '../contacts/interactions'
import { str } from '../notebook/scalar'
import type { ShardDoc } from '../notebook/schema'
import { CONVERSATION_KINDS, type ConversationKind, type NoteDoc } from './note'

/**
 * A conversation note is an interaction with each person in it: it shows in their log and
 * carries the follow-up promised, so the follow-up engine (contacts/followUp) schedules the
 * call. The entry's key is derived from the note, so editing the note rewrites one entry
 * instead of piling up new ones.
 */
export const conversationLogKey = (noteId: string): LogKey => `${LOG_KEY}note-${noteId}`

export interface ConversationFacts {
  noteId: string
  kind: ConversationKind
  date: number
  campaignId: string
  followUp: { due: number; what: string } | null
}

/** Writes (or rewrites) the note's entry in this contact's log; call inside a change of the contact's shard. */
export function logConversation(shard: ShardDoc<ContactDoc>, contactId: string, facts: ConversationFacts, now: number): void {
  const contact = recordIn(shard, contactId, 'contact')
  contact[conversationLogKey(facts.noteId)] = newInteractionDoc({
    kind: facts.kind,
    at: facts.date,
    outcome: 'reached',
    campaignId: facts.campaignId,
    promise: facts.followUp,
  })
  contact.updatedAt = now
}

/** The kind a stored note records (a door knock unless it says otherwise). */
export function conversationKind(note: Pick<Partial<NoteDoc>, 'kind'>): ConversationKind {
  const kind = str(note.kind)
  return (CONVERSATION_KINDS as readonly string[]).includes(kind) ? (kind as ConversationKind) : 'doorKnock'
}

/** Removes the note's entry, when the person is taken off the note. */
export function unlogConversation(shard: ShardDoc<ContactDoc>, contactId: string, noteId: string, now: number): void {
  const contact = shard.records[contactId]
  if (!contact?.[conversationLogKey(noteId)]) return
  delete contact[conversationLogKey(noteId)]
  contact.updatedAt = now
}
