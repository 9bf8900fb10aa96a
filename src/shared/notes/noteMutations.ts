import type * as A from '@automerge/automerge'
import { recordIn } from '../notebook/recordIn'
import { updateText } from '@automerge/automerge'
import type { ShardDoc } from '../notebook/schema'
import { scalar, strs } from '../notebook/scalar'
import { initRichText } from '../richtext/commands'
import { CONVERSATION_KINDS, STANCES, type NoteDoc, type QuoteDoc } from './note'
import { QUOTE_USES, type QuoteUse } from './noteRow'
import type { QuoteAnchors } from './quoteAnchors'

/** Mutations that run inside `handle.change` on the note's shard document. Notes are sparse: empty fields are not stored. */
export type StoredNote = Partial<NoteDoc> & Pick<NoteDoc, 'id' | 'createdAt' | 'updatedAt' | 'quotes' | 'body'>
export type NoteShard = ShardDoc<StoredNote>

export interface NoteStart {
  date?: number
  placeId?: string
  unit?: string
  campaignIds?: string[]
  contactIds?: string[]
}

export type NoteScalarField = 'placeId' | 'unit' | 'target' | 'stance' | 'kind'
export type NoteListField = 'contactIds' | 'campaignIds' | 'problems'

/** Adds a note with an empty rich-text body (made in this same change, so the body has its first block). */
export function putNewNote(shard: NoteShard, id: string, start: NoteStart, now: number): void {
  shard.records[id] = { id, createdAt: now, updatedAt: now, date: start.date ?? now, quotes: {}, body: '' }
  initRichText(shard as A.Doc<unknown>, ['records', id, 'body'])
  for (const field of ['placeId', 'unit'] as const) if (start[field]) setNoteScalar(shard, id, field, start[field], now)
  for (const field of ['campaignIds', 'contactIds'] as const) if (start[field]?.length) setNoteList(shard, id, field, start[field], now)
}

export function setNoteDate(shard: NoteShard, id: string, date: number, now: number): void {
  if (!Number.isFinite(date)) throw new Error('That is not a date')
  const note = recordIn(shard, id, 'note')
  note.date = date
  note.updatedAt = now
}

export function setNoteScalar(shard: NoteShard, id: string, field: NoteScalarField, value: string, now: number): void {
  const note = recordIn(shard, id, 'note')
  if (field === 'stance' && value && !(STANCES as readonly string[]).includes(value)) throw new Error(`Unknown stance “${value}”`)
  if (field === 'kind' && value && !(CONVERSATION_KINDS as readonly string[]).includes(value)) throw new Error(`Unknown kind of conversation “${value}”`)
  if (value.trim()) note[field] = scalar(value.trim())
  else delete note[field]
  note.updatedAt = now
}

/** Replaces a list of ids (deduplicated, order kept). */
export function setNoteList(shard: NoteShard, id: string, field: NoteListField, values: readonly string[], now: number): void {
  const note = recordIn(shard, id, 'note')
  const kept = [...new Set(values.map((v) => v.trim()).filter(Boolean))]
  if (kept.length) note[field] = kept.map(scalar)
  else delete note[field]
  note.updatedAt = now
}

/** Adds one id to a list unless it is there already (mentions call this as people type). */
export function addToNoteList(shard: NoteShard, id: string, field: NoteListField, value: string, now: number): void {
  const current = strs(recordIn(shard, id, 'note')[field])
  if (!current.includes(value)) setNoteList(shard, id, field, [...current, value], now)
}

export function setNoteFollowUp(shard: NoteShard, id: string, followUp: { due: number; what: string } | null, now: number): void {
  const note = recordIn(shard, id, 'note')
  if (followUp && !Number.isFinite(followUp.due)) throw new Error('The follow-up needs a date')
  if (!followUp) delete note.followUp
  else if (!note.followUp) note.followUp = { due: followUp.due, what: followUp.what }
  else {
    // In place, so typing the "what" is a text edit, not a new object per keystroke.
    if (note.followUp.due !== followUp.due) note.followUp.due = followUp.due
    updateText(shard, ['records', id, 'followUp', 'what'], followUp.what)
  }
  note.updatedAt = now
}

export interface QuoteInput {
  text: string
  contactId?: string
  use?: QuoteUse
  attribution?: string
  isObjection?: boolean
  /** Where the words are in the body (quoteAnchors.ts), so edits inside them reach the quote. */
  anchors?: QuoteAnchors | null
}

export function addQuote(shard: NoteShard, id: string, quoteId: string, input: QuoteInput, now: number): void {
  const note = recordIn(shard, id, 'note')
  const text = input.text.trim()
  if (!text) throw new Error('Select the words to quote first')
  checkUse(input.use)
  const quote: QuoteDoc = {
    id: quoteId,
    text,
    contactId: scalar(input.contactId ?? ''),
    use: scalar(input.use ?? 'private'),
    attribution: input.attribution ?? '',
    isObjection: input.isObjection ?? false,
    ...input.anchors,
  }
  note.quotes ??= {}
  note.quotes[quoteId] = quote
  note.updatedAt = now
}

export function updateQuote(shard: NoteShard, id: string, quoteId: string, patch: Partial<Omit<QuoteInput, 'text'>>, now: number): void {
  const quote = recordIn(shard, id, 'note').quotes?.[quoteId]
  if (!quote) throw new Error('No such quote')
  checkUse(patch.use)
  if (patch.contactId !== undefined) quote.contactId = scalar(patch.contactId)
  if (patch.use !== undefined) quote.use = scalar(patch.use)
  if (patch.attribution !== undefined) updateText(shard, ['records', id, 'quotes', quoteId, 'attribution'], patch.attribution)
  if (patch.isObjection !== undefined) quote.isObjection = patch.isObjection
  recordIn(shard, id, 'note').updatedAt = now
}

export function removeQuote(shard: NoteShard, id: string, quoteId: string, now: number): void {
  const note = recordIn(shard, id, 'note')
  if (note.quotes?.[quoteId]) delete note.quotes[quoteId]
  note.updatedAt = now
}

function checkUse(use: string | undefined): void {
  if (use !== undefined && !(QUOTE_USES as readonly string[]).includes(use)) throw new Error(`A quote's use is public, anonymous or private, not “${use}”`)
}
