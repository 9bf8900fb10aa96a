import { finishImport } from '../../imports/finishImport'
import { ImportJournal, interruptedMessage, type ImportBatch } from '../../imports/ImportJournal'
import { undoImport } from '../../imports/undoImport'
import { print, type Command, type CommandContext } from '../command'
import { openTarget } from '../openTarget'
import { importSummary } from './contactsTransfer'

const line = (b: ImportBatch) => `${b.id}  ${b.state.padEnd(7)}  ${new Date(b.startedAt).toISOString().slice(0, 16).replace('T', ' ')}  ${b.fileName}  ${b.landed}/${b.total}`

async function withJournal<T>(context: CommandContext, readOnly: boolean, run: (journal: ImportJournal, notebook: Awaited<ReturnType<typeof openTarget>>) => Promise<T>): Promise<T> {
  const notebook = await openTarget(context, { readOnly })
  try {
    return await run(new ImportJournal(notebook), notebook)
  } finally {
    await notebook.close()
  }
}

export const importsList: Command = {
  words: ['imports', 'list'],
  usage: 'massline imports list [--notebook PATH] [--json]',
  summary: 'List imports and generate runs, and any that stopped half-way',
  async run(context) {
    await withJournal(context, true, async (journal) => {
      const interrupted = new Set((await journal.interrupted()).map((b) => b.id))
      const list = (await journal.list()).map((b) => ({ ...b, state: interrupted.has(b.id) ? 'interrupted' : b.state }))
      print(context, list, list.length ? list.map((b) => line(b as ImportBatch)).join('\n') : 'No imports yet')
    })
  },
}

export const importsShow: Command = {
  words: ['imports', 'show'],
  usage: 'massline imports show ID [--notebook PATH] [--json]',
  summary: 'Show one import: its file, how far it got, and whether it can be finished or undone',
  positionals: { min: 1, max: 1, names: 'ID' },
  async run(context) {
    await withJournal(context, true, async (journal) => {
      const batch = await journal.get(context.positionals[0]!)
      const interrupted = (await journal.interrupted()).some((b) => b.id === batch.id)
      print(context, { ...batch, interrupted }, interrupted ? interruptedMessage(batch) : line(batch))
    })
  },
}

export const importsFinish: Command = {
  words: ['imports', 'finish'],
  usage: 'massline imports finish ID [--notebook PATH] [--json]',
  summary: 'Finish an import that stopped half-way (nothing that landed is added twice)',
  positionals: { min: 1, max: 1, names: 'ID' },
  async run(context) {
    await withJournal(context, false, async (_journal, notebook) => {
      const done = await finishImport(notebook, context.positionals[0]!)
      if (done.kind === 'contacts') print(context, done.result, `Finished: ${importSummary(done.result)}`)
      else if (done.kind === 'generate') print(context, done, `Finished generating (${done.records} contacts)`)
      else print(context, done, `Finished merging the bundle (${done.documents} documents)`)
    })
  },
}

export const importsUndo: Command = {
  words: ['imports', 'undo'],
  usage: 'massline imports undo ID [--notebook PATH] [--json]',
  summary: 'Take back what an import wrote (its contacts, and the places only it used)',
  positionals: { min: 1, max: 1, names: 'ID' },
  async run(context) {
    await withJournal(context, false, async (_journal, notebook) => {
      const undone = await undoImport(notebook, context.positionals[0]!)
      print(context, undone, `Undone: removed ${undone.contacts} contacts and ${undone.places} places`)
    })
  },
}
