import type { ContactRow } from '../contacts/contactRow'
import type { NoteRow } from '../notes/noteRow'

/**
 * The people of one campaign and when each joined it: the first level judgement in it, or
 * the first conversation of the campaign that names them, whichever came first.
 */
export function campaignContacts(campaignId: string, contacts: readonly ContactRow[], notes: readonly NoteRow[]): Map<string, { row: ContactRow; joinedAt: number }> {
  const firstNote = new Map<string, number>()
  for (const note of notes) {
    if (!note.campaignIds.includes(campaignId)) continue
    for (const id of note.contactIds) firstNote.set(id, Math.min(firstNote.get(id) ?? Infinity, note.date))
  }
  const joined = new Map<string, { row: ContactRow; joinedAt: number }>()
  for (const row of contacts) {
    if (row.mergedInto) continue
    let at = firstNote.get(row.id) ?? Infinity
    for (const entry of row.levelLog ?? []) if (entry.campaignId === campaignId && entry.at < at) at = entry.at
    if (at !== Infinity) joined.set(row.id, { row, joinedAt: at })
  }
  return joined
}

/** A contact's level in a campaign as of a time (their latest judgement before it), or null. */
export function levelAt(row: Pick<ContactRow, 'levelLog'>, campaignId: string, at: number): ContactRow['levels'][string] | null {
  let level: ContactRow['levels'][string] | null = null
  for (const entry of row.levelLog ?? []) if (entry.campaignId === campaignId && entry.at <= at) level = entry.level
  return level
}
