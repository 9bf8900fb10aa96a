import type { ContactDoc } from '../contacts/contact'
import { str, strs } from '../notebook/scalar'
import type { NoteDoc, QuoteDoc } from '../notes/note'
import type { PurgeScope, PurgeTarget } from './purgeScope'

/** The records a purge reads to work out its scope: every contact and every note. */
export interface PurgeRecords {
  contacts: readonly ContactDoc[]
  notes: readonly NoteDoc[]
}

const quotesOf = (notes: readonly NoteDoc[]): QuoteDoc[] => notes.flatMap((note) => Object.values(note.quotes ?? {}))

/** Each purged quote's words, by the note it was said in. */
function quoteWords(notes: readonly NoteDoc[], purged: (quote: QuoteDoc) => boolean): Map<string, string[]> {
  const byNote = new Map<string, string[]>()
  for (const note of notes) {
    const words = Object.values(note.quotes ?? {}).filter(purged).map((q) => String(q.text))
    if (words.length) byNote.set(note.id, words)
  }
  return byNote
}

/**
 * What goes with a purged contact: the record, the records merged into it (they keep its old
 * values), and the quotes they said; their names, phones, email and quoted words wherever they
 * were written (their quoted words, in the notes they were said in). A note takes its quotes
 * with it; a quote its words, in its note. Throws, changing nothing,
 * when the target is not in the notebook.
 */
export function purgeScopeOf(target: PurgeTarget, records: PurgeRecords): PurgeScope {
  if (target.kind === 'contact') {
    const byId = new Map(records.contacts.map((c) => [c.id, c]))
    if (!byId.has(target.id)) throw new Error(`No contact ${target.id} in this notebook`)
    const ids = new Set([target.id])
    // Records merged into a purged one, to any depth.
    for (let grew = true; grew; ) {
      grew = false
      for (const contact of records.contacts) {
        if (!ids.has(contact.id) && ids.has(str(contact.mergedInto))) grew = ids.add(contact.id).size > 0
      }
    }
    const people = [...ids].map((id) => byId.get(id)!)
    const saidBy = (quote: QuoteDoc) => ids.has(str(quote.contactId))
    const said = quoteWords(records.notes, saidBy)
    for (const quote of quotesOf(records.notes).filter(saidBy)) ids.add(quote.id)
    const words = people.flatMap((c) => [str(c.name), str(c.email), ...strs(c.phones)])
    return { ids, words: words.filter(Boolean), quoteWords: said }
  }
  if (target.kind === 'note') {
    const note = records.notes.find((n) => n.id === target.id)
    if (!note) throw new Error(`No note ${target.id} in this notebook`)
    return { ids: new Set([note.id, ...quotesOf([note]).map((q) => q.id)]), words: [] }
  }
  const said = quoteWords(records.notes, (q) => q.id === target.id)
  if (!said.size) throw new Error(`No quote ${target.id} in this notebook`)
  return { ids: new Set([target.id]), words: [], quoteWords: said }
}
