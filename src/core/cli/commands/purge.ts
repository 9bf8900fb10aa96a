import { PURGE_LIMITS } from '../../../shared/purge/purgeNotice'
import type { PurgeTargetKind } from '../../../shared/purge/purgeScope'
import { purgeFromHistory } from '../../purge/purgeFromHistory'
import { print, type Command } from '../command'
import { openTarget } from '../openTarget'

const NOUN: Record<PurgeTargetKind, string> = { contact: 'person', note: 'note', quote: 'quote' }

function purgeCommand(kind: PurgeTargetKind): Command {
  return {
    words: ['purge', kind],
    usage: `massline purge ${kind} ID [--notebook PATH] [--json]`,
    summary: `Remove a ${NOUN[kind]} from the notebook's history: new documents without them, the old ones deleted on every member, the secret rotated`,
    positionals: { min: 1, max: 1, names: 'ID' },
    async run(context) {
      const notebook = await openTarget(context)
      try {
        const outcome = await purgeFromHistory(notebook, { kind, id: context.positionals[0]! })
        const data = { kind, id: context.positionals[0], purgeId: outcome.entry.id, replacedDocuments: outcome.replaced, retiredDocuments: outcome.entry.documents, rotated: outcome.rotated, limits: PURGE_LIMITS }
        print(context, data, `Removed the ${NOUN[kind]} from the notebook's history: ${outcome.replaced} document(s) replaced${outcome.rotated ? ', secret rotated' : ''}.\n${PURGE_LIMITS}`)
      } finally {
        await notebook.close()
      }
    },
  }
}

export const purgeContact = purgeCommand('contact')
export const purgeNote = purgeCommand('note')
export const purgeQuote = purgeCommand('quote')
