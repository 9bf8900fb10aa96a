import { rm } from 'node:fs/promises'
import { NotebookCatalog } from '../src/core/app/NotebookCatalog'
import { nodeKeyVault } from '../src/core/atRest/keyWrappings'
import { Notebook } from '../src/core/notebook/Notebook'
import { purgeFromHistory } from '../src/core/purge/purgeFromHistory'
import type { ContactDoc } from '../src/shared/contacts/contact'
import { str } from '../src/shared/notebook/scalar'
import type { NoteDoc } from '../src/shared/notes/note'
import type { BenchOptions } from './index'
import type { Report } from './report'
import { REFERENCE, referenceHome } from './support/benchNotebook'

/** Purging one contact (one a note names, with a quote of theirs) from the reference notebook, from an open notebook to done. */
export async function run(report: Report, options: BenchOptions): Promise<void> {
  const home = await referenceHome(options.quick ? { ...REFERENCE, contacts: 2000, notes: 1000, leaflets: 40 } : REFERENCE)
  const keys = nodeKeyVault(home)
  const dir = (await new NotebookCatalog(home, keys).list())[0]!.dir
  const notebook = await Notebook.open(dir, keys)
  // A contact someone quoted: the purge reaches into notes too, not only the contact shard.
  const notes = await notebook.shard<NoteDoc>('notes', 0)
  const quoted = Object.values(notes.doc().records).flatMap((n) => Object.values(n.quotes ?? {})).find((q) => str(q.contactId))
  const id = quoted ? str(quoted.contactId) : notebook.contacts.rows()[0]!.id
  const contact = (await notebook.shardOf<ContactDoc>('contacts', id)).doc().records[id]!
  const started = performance.now()
  const outcome = await purgeFromHistory(notebook, { kind: 'contact', id })
  const took = performance.now() - started
  report({
    figure: 'purge-contact',
    value: Math.round(took),
    unit: 'ms',
    target: 30_000,
    note: `${options.quick ? 'quick notebook' : 'reference notebook'}: check every document's stored history without loading it, copy the ${outcome.replaced} holding a trace into new documents, retire the old, rotate (contact “${str(contact.name).slice(0, 1)}…”)`,
  })
  await notebook.close()
  await rm(home, { recursive: true, force: true })
}
